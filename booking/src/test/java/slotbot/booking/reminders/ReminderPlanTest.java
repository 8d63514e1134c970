package slotbot.booking.reminders;

import org.junit.jupiter.api.Test;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.QuietHours;
import slotbot.booking.catalog.Reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static slotbot.booking.reminders.Reminder.Kind.FOLLOW_UP;
import static slotbot.booking.reminders.Reminder.Kind.REMINDER;

/** The moments of a booking's reminders and follow-up in a branch's zone, its clock changes and its quiet hours. */
class ReminderPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Instant LONG_BEFORE = Instant.parse("2030-03-01T00:00:00Z");

    @Test
    void beforeTheTwentyThreeHourDayTwentyFourHoursBeforeTenIsNineByTheClock() {
        Booking visit = visit("2030-03-31T10:00", 30); // the Sunday clocks go forward in Berlin

        assertThat(ReminderPlan.of(visit, branch(null), LONG_BEFORE)).containsExactly(
                new Reminder(REMINDER, DAY, local("2030-03-30T09:00")),
                new Reminder(REMINDER, TWO_HOURS, local("2030-03-31T08:00")),
                new Reminder(FOLLOW_UP, TWO_HOURS, local("2030-03-31T12:30")));
        assertThat(local("2030-03-30T09:00")).isEqualTo(Instant.parse("2030-03-30T08:00:00Z"));
        assertThat(visit.start()).isEqualTo(Instant.parse("2030-03-31T08:00:00Z"));
    }

    @Test
    void beforeTheTwentyFiveHourDayTwentyFourHoursBeforeTenIsElevenByTheClock() {
        Booking visit = visit("2030-10-27T10:00", 30); // the Sunday clocks go back

        assertThat(ReminderPlan.of(visit, branch(null), LONG_BEFORE)).extracting(Reminder::due).containsExactly(
                local("2030-10-26T11:00"), local("2030-10-27T08:00"), local("2030-10-27T12:30"));
        assertThat(Duration.between(local("2030-10-26T11:00"), visit.start())).isEqualTo(DAY);
    }

    @Test
    void aReminderInTheQuietHoursWaitsForTheirEndWhenThatIsStillBeforeTheVisit() {
        Company branch = branch(new QuietHours(time("22:00"), time("07:00")));

        assertThat(dues(visit("2030-03-12T08:00", 30), branch, REMINDER))
                .containsExactly(local("2030-03-11T08:00"), local("2030-03-12T07:00"));
        assertThat(dues(visit("2030-03-12T23:00", 30), branch, REMINDER)) // 23:00 the day before is quiet too
                .containsExactly(local("2030-03-12T07:00"), local("2030-03-12T21:00"));
    }

    @Test
    void aReminderWhoseQuietHoursLastUntilTheVisitComesTheEveningBefore() {
        Company branch = branch(new QuietHours(time("22:00"), time("07:00")));

        assertThat(dues(visit("2030-03-12T07:00", 30), branch, REMINDER))
                .containsExactly(local("2030-03-11T07:00"), local("2030-03-11T22:00"));
    }

    @Test
    void quietHoursAcrossTheClockChangeEndByTheNewClock() {
        Company branch = branch(new QuietHours(time("01:00"), time("06:00")));

        // 2h before 07:00 on the short Sunday is 05:00 by the clock, quiet; the night ends at 06:00 summer time.
        assertThat(dues(visit("2030-03-31T07:00", 30), branch, REMINDER))
                .containsExactly(local("2030-03-30T06:00"), local("2030-03-31T06:00")); // 24h before is 06:00 winter time
        assertThat(local("2030-03-31T06:00")).isEqualTo(Instant.parse("2030-03-31T04:00:00Z"));
    }

    @Test
    void aFollowUpInTheQuietHoursComesWhenTheyEnd() {
        Company branch = branch(new QuietHours(time("22:00"), time("07:00")));

        assertThat(dues(visit("2030-03-12T21:00", 30), branch, FOLLOW_UP)).containsExactly(local("2030-03-13T07:00"));
        assertThat(dues(visit("2030-03-12T13:00", 30), branch, FOLLOW_UP)).containsExactly(local("2030-03-12T15:30"));
    }

    @Test
    void aMomentPastWhenTheBookingIsMadeIsSkippedAndOneDueRightNowIsNot() {
        Booking visit = visit("2030-03-12T10:00", 30);

        assertThat(ReminderPlan.of(visit, branch(null), local("2030-03-11T10:01"))).extracting(Reminder::kind, Reminder::offset)
                .containsExactly(tuple(REMINDER, TWO_HOURS), tuple(FOLLOW_UP, TWO_HOURS));
        assertThat(ReminderPlan.of(visit, branch(null), local("2030-03-12T08:00"))).extracting(Reminder::due)
                .containsExactly(local("2030-03-12T08:00"), local("2030-03-12T12:30"));
    }

    @Test
    void aReminderThatQuietHoursWouldSendInThePastIsSkipped() {
        Company branch = branch(new QuietHours(time("22:00"), time("07:00")));

        // booked at 23:00 for 07:00: 2h before is quiet until the visit, and the evening before has passed
        assertThat(dues(visit("2030-03-12T07:00", 30), branch, REMINDER, local("2030-03-11T23:00"))).isEmpty();
    }

    @Test
    void twoRemindersThatQuietHoursPutOnOneMomentAreSentOnce() {
        Company branch = new Company(1, "Филиал", "", true, BERLIN, true, BookingRules.DEFAULT,
                new Reminders(List.of(Duration.ofHours(1), TWO_HOURS), null, new QuietHours(time("22:00"), time("07:00"))));

        assertThat(ReminderPlan.of(visit("2030-03-12T07:45", 30), branch, LONG_BEFORE))
                .containsExactly(new Reminder(REMINDER, TWO_HOURS, local("2030-03-12T07:00")));
    }

    @Test
    void aBranchWithoutRemindersPlansNothing() {
        Company plain = new Company(1, "Филиал", "", true, BERLIN, true);

        assertThat(ReminderPlan.of(visit("2030-03-12T10:00", 30), plain, LONG_BEFORE)).isEmpty();
    }

    @Test
    void aReminderIsWantedWhileTheVisitIsUpcomingAndAFollowUpOnlyAfterAVisitThatTookPlace() {
        Booking visit = visit("2030-03-12T10:00", 30);
        Instant before = local("2030-03-12T08:00");
        Instant after = local("2030-03-12T12:30");

        assertThat(ReminderPlan.stillWanted(REMINDER, visit, before)).isTrue();
        assertThat(ReminderPlan.stillWanted(REMINDER, visit.confirm(before), before)).isTrue();
        assertThat(ReminderPlan.stillWanted(REMINDER, visit.cancel(before), before)).isFalse();
        assertThat(ReminderPlan.stillWanted(REMINDER, visit, local("2030-03-12T10:00"))).isFalse();
        assertThat(ReminderPlan.stillWanted(FOLLOW_UP, visit, after)).isTrue();
        assertThat(ReminderPlan.stillWanted(FOLLOW_UP, visit.markNoShow(local("2030-03-12T10:05")), after)).isFalse();
        assertThat(ReminderPlan.stillWanted(FOLLOW_UP, visit.cancel(before), after)).isFalse();
    }

    private static List<Instant> dues(Booking visit, Company branch, Reminder.Kind kind) {
        return dues(visit, branch, kind, LONG_BEFORE);
    }

    private static List<Instant> dues(Booking visit, Company branch, Reminder.Kind kind, Instant now) {
        return ReminderPlan.of(visit, branch, now).stream().filter(r -> r.kind() == kind).map(Reminder::due).toList();
    }

    private static Company branch(QuietHours quiet) {
        return new Company(1, "Филиал", "", true, BERLIN, true, BookingRules.DEFAULT,
                new Reminders(List.of(TWO_HOURS, DAY), TWO_HOURS, quiet));
    }

    private static Booking visit(String localStart, int minutes) {
        Instant start = local(localStart);
        return new Booking(7, 1, 2, "c1", start, start.plus(Duration.ofMinutes(minutes)), List.of(), BookingStatus.ACTIVE,
                LONG_BEFORE, "c1", 1);
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
