package slotbot.booking.functions;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static slotbot.booking.functions.Salon.*;

/** Functions 5 and 6 on the salon of {@link Salon}: now is Thursday 29.05.2025 10:15 in Moscow. */
class AvailabilityFunctionsTest {

    private final Salon salon = new Salon();

    @Nested
    class Slots {

        @Test
        void theSeedsExampleHaircutAndBeardAfterABookingAt16() {
            List<String> before = salon.slotsOf(PAVEL, List.of(HAIRCUT, BEARD), "02.06.2025");
            assertThat(before).isEqualTo(times("09:00", "16:00", 30));

            FunctionResult other = salon.callAs(OTHER_CLIENT, "create_booking", LENINA, HAIRCUT, "02.06.2025", "16:00", PAVEL);
            assertThat(failureFree(other)).containsEntry("status", true);

            List<String> after = salon.slotsOf(PAVEL, List.of(HAIRCUT, BEARD), "02.06.2025");
            assertThat(after).isEqualTo(times("09:00", "14:00", 30))
                    .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30",
                            "13:00", "13:30", "14:00");
        }

        @Test
        void withoutAnEmployeeTheSlotsOfEveryoneWhoProvidesAllServicesAreMergedSortedWithoutDuplicates() {
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, LocalDate.of(2025, 6, 2), LocalTime.of(16, 0), 60);

            List<String> slots = salon.strings("get_slots_for_booking", LENINA, List.of(HAIRCUT, BEARD), "02.06.2025");

            // Павел 09:00-14:00 (booked at 16:00); Артём 09:00-11:00 before his break, 14:00-18:00 after it.
            assertThat(slots).isEqualTo(times("09:00", "18:00", 30)).doesNotHaveDuplicates().isSorted();
        }

        @Test
        void anotherSlotIntervalChangesTheGrid() {
            assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", PAVEL, 15))
                    .isEqualTo(times("09:00", "17:00", 15));
            assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", PAVEL, 60))
                    .isEqualTo(times("09:00", "17:00", 60));
            assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", PAVEL, 25))
                    .containsExactly("09:00", "09:25", "09:50", "10:15", "10:40", "11:05", "11:30", "11:55",
                            "12:20", "12:45", "13:10", "13:35", "14:00", "14:25", "14:50", "15:15", "15:40", "16:05",
                            "16:30", "16:55");
        }

        @Test
        void todayOffersNothingInThePast() {
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "29.05.2025")).isEqualTo(times("10:30", "17:00", 30));
            assertThat(salon.slotsOf(VIKTORIA, WOMENS_HAIRCUT, "29.05.2025")).isEmpty();
        }

        @Test
        void aPastDateOffersNothing() {
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "28.05.2025")).isEmpty();
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "26.05.2024")).isEmpty();
        }

        @Test
        void aDayOffAndADateOverride() {
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "01.06.2025")).isEmpty();
            assertThat(salon.slotsOf(VIKTORIA, STYLING, "03.06.2025")).isEmpty();
            assertThat(salon.slotsOf(VIKTORIA, STYLING, "04.06.2025")).isEqualTo(times("12:00", "15:30", 30));
            assertThat(salon.slotsOf(VIKTORIA, STYLING, "05.06.2025")).isEqualTo(times("10:00", "18:30", 30));
        }

        @Test
        void aBreakSplitsTheDay() {
            assertThat(salon.slotsOf(ARTEM, HAIRCUT, "02.06.2025"))
                    .isEqualTo(concat(times("09:00", "12:00", 30), times("14:00", "19:00", 30)));
        }

        @Test
        void aCancelledBookingBlocksNothing() {
            long id = salon.book(HAIRCUT, "02.06.2025", "10:00", PAVEL);
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025")).doesNotContain("09:30", "10:00", "10:30");

            salon.value("cancel_booking", LENINA, id);

            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025")).isEqualTo(times("09:00", "17:00", 30));
        }

        @Test
        void nothingWhenNobodyProvidesAllTheServicesOrTheBranchTakesNoOnlineBookings() {
            assertThat(salon.strings("get_slots_for_booking", LENINA, List.of(BEARD, WOMENS_HAIRCUT), "02.06.2025")).isEmpty();
            assertThat(salon.strings("get_slots_for_booking", SADOVAYA, MASSAGE, "02.06.2025")).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void fourteenDaysFromTodayByDefault() {
            List<String> dates = salon.strings("get_dates_for_booking", LENINA, HAIRCUT);

            assertThat(dates).hasSize(14).first().isEqualTo("29.05.2025");
            assertThat(dates).last().isEqualTo("11.06.2025");
            assertThat(dates).doesNotHaveDuplicates();
        }

        @Test
        void daysLimitCountsTodayAsTheFirstDay() {
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, "", 1)).containsExactly("29.05.2025");
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, "", 3))
                    .containsExactly("29.05.2025", "30.05.2025", "31.05.2025");
        }

        @Test
        void maxDatesCountKeepsTheEarliest() {
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, "", 14, 2))
                    .containsExactly("29.05.2025", "30.05.2025");
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, PAVEL, 30, 4))
                    .containsExactly("29.05.2025", "30.05.2025", "31.05.2025", "02.06.2025");
        }

        @Test
        void oneEmployeesWorkingDaysOnly() {
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, PAVEL, 7))
                    .containsExactly("29.05.2025", "30.05.2025", "31.05.2025", "02.06.2025", "03.06.2025", "04.06.2025");
        }

        @Test
        void todayIsLeftOutWhenItsOnlySlotsAreInThePastAndDateOverridesCount() {
            assertThat(salon.strings("get_dates_for_booking", LENINA, WOMENS_HAIRCUT, VIKTORIA, 8))
                    .containsExactly("30.05.2025", "31.05.2025", "01.06.2025", "04.06.2025", "05.06.2025");
        }

        @Test
        void aDayWhoseFreeGapsAreTooShortIsLeftOut() {
            LocalDate saturday = LocalDate.of(2025, 5, 31);
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, saturday, LocalTime.of(9, 0), 180);
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, saturday, LocalTime.of(12, 40), 320);

            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, PAVEL, 4))
                    .containsExactly("29.05.2025", "30.05.2025");
            assertThat(salon.strings("get_dates_for_booking", LENINA, BEARD, PAVEL, 4))
                    .containsExactly("29.05.2025", "30.05.2025");
            assertThat(salon.strings("get_dates_for_booking", LENINA, HAIRCUT, "", 4))
                    .as("Виктория still works that Saturday")
                    .containsExactly("29.05.2025", "30.05.2025", "31.05.2025", "01.06.2025");
        }

        @Test
        void aDateIsListedExactlyWhenItHasSlots() {
            List<String> dates = salon.strings("get_dates_for_booking", LENINA, List.of(HAIRCUT, BEARD), "", 21);

            assertListedExactlyWhenTheyHaveSlots(dates, 21);
        }

        /**
         * The employees are asked in groups (Павел first, then Артём) about the dates the ones before left undecided:
         * a date Павел has no room on still comes from Артём, and one neither has room on does not.
         */
        @Test
        void aDateOnlyTheSecondEmployeeHasRoomOnIsListedAndOneNobodyHasIsNot() {
            LocalDate monday = LocalDate.of(2025, 6, 2);
            LocalDate tuesday = LocalDate.of(2025, 6, 3);
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, monday, LocalTime.MIDNIGHT, 24 * 60);
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, tuesday, LocalTime.MIDNIGHT, 24 * 60);
            salon.booked(OTHER_CLIENT, LENINA, ARTEM, tuesday, LocalTime.MIDNIGHT, 24 * 60);

            List<String> dates = salon.strings("get_dates_for_booking", LENINA, List.of(HAIRCUT, BEARD), "", 14);

            assertThat(dates).contains("02.06.2025").doesNotContain("03.06.2025")
                    .isSortedAccordingTo(Comparator.comparing(d -> LocalDate.parse(d, DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
            assertListedExactlyWhenTheyHaveSlots(dates, 14);
            assertThat(salon.strings("get_dates_for_booking", LENINA, List.of(HAIRCUT, BEARD), "", 14, 3))
                    .isEqualTo(dates.subList(0, 3));
        }

        /** Each of the first {@code days} days from today is among the haircut-and-beard dates exactly when it has slots. */
        private void assertListedExactlyWhenTheyHaveSlots(List<String> dates, int days) {
            for (int day = 0; day < days; day++) {
                String date = Args.formatDate(LocalDate.of(2025, 5, 29).plusDays(day));
                boolean hasSlots = !salon.strings("get_slots_for_booking", LENINA, List.of(HAIRCUT, BEARD), date).isEmpty();
                assertThat(dates.contains(date)).as(date).isEqualTo(hasSlots);
            }
        }

        @Test
        void nothingWhenNobodyProvidesAllTheServicesOrTheBranchTakesNoOnlineBookings() {
            assertThat(salon.strings("get_dates_for_booking", LENINA, List.of(BEARD, WOMENS_HAIRCUT))).isEmpty();
            assertThat(salon.strings("get_dates_for_booking", SADOVAYA, MASSAGE)).isEmpty();
        }
    }

    private static Map<String, Object> failureFree(FunctionResult result) {
        assertThat(result.malformed()).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) result.value();
        return value;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
