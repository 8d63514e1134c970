package slotbot.app.catalog;

import org.junit.jupiter.api.Test;
import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.QuietHours;
import slotbot.booking.catalog.Reminders;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogFileReaderTest {

    private final CatalogFileReader reader = new CatalogFileReader(ZoneId.of("Europe/Moscow"));

    @Test
    void readsTheContractsExample() {
        CatalogPlan plan = reader.read("""
                companies:
                  - id: 14275391
                    name: Барбершоп «Борода»
                    address: ул. Ленина, 1
                    online_booking: true
                    timezone: Europe/Moscow
                    categories:
                      - {id: 1018, type: service_category, name: Стрижки, description: ...}
                      - {id: 1021, type: job_title, name: Барбер, description: ...}
                    services:
                      - {id: 844, title: Мужская стрижка, description: ..., price: 1500.50, duration: 60, category_id: 1018}
                    employees:
                      - id: 463665
                        name: Павел Тихонов
                        information: Стаж 7 лет
                        job_title_id: 1021
                        service_ids: [844]
                        schedule:
                          weekly:
                            mon: ["09:00-18:00"]
                            tue: ["09:00-13:00", "14:00-18:00"]
                          dates:
                            "2024-02-08": []
                            "2024-02-09": ["12:00-20:00"]
                """, "test");

        CatalogPlan.CompanyPlan company = plan.companies().get(0);
        assertThat(company.company().timezone()).isEqualTo("Europe/Moscow");
        assertThat(company.services().get(0).price()).isEqualByComparingTo("1500.50");
        EmployeeEntry pavel = company.employees().get(0);
        assertThat(pavel.schedule().intervalsOn(LocalDate.of(2024, 2, 6)))
                .containsExactly(WorkingInterval.parse("09:00-13:00"), WorkingInterval.parse("14:00-18:00"));
        assertThat(pavel.schedule().weekly()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(pavel.schedule().intervalsOn(LocalDate.of(2024, 2, 8))).isEmpty();
        assertThat(pavel.schedule().intervalsOn(LocalDate.of(2024, 2, 9))).containsExactly(WorkingInterval.parse("12:00-20:00"));
    }

    @Test
    void refusesTheWholeFileListingEveryBadValueByItsPath() {
        CatalogRefused refused = catchThrowableOfType(CatalogRefused.class, () -> reader.read("""
                companies:
                  - name: A
                    timezone: Mars/Olympus
                    categories:
                      - {id: 1, type: job_titel, name: X}
                    services:
                      - {id: 5, title: S, price: -1, duration: 0, category_id: 77}
                      - {id: 5, title: "", prise: 10, duration: 30, price: 1}
                    employees:
                      - name: E
                        service_ids: [5, 6]
                        schedule:
                          weekly:
                            mon: ["09:00-13:00", "12:00-18:00"]
                            tue: ["9-18"]
                            fun: ["09:00-18:00"]
                          dates:
                            "08.02.2024": []
                """, "test"));

        assertThat(refused.problems()).extracting(CatalogRefused.Problem::path).contains(
                "companies[0].timezone",
                "companies[0].categories[0].type",
                "companies[0].services[0].price",
                "companies[0].services[0].duration",
                "companies[0].services[0].category_id",
                "companies[0].services[1].id",
                "companies[0].services[1].title",
                "companies[0].services[1].prise",
                "companies[0].employees[0].service_ids[1]",
                "companies[0].employees[0].schedule.weekly.tue[0]",
                "companies[0].employees[0].schedule.weekly.fun",
                "companies[0].employees[0].schedule.dates.08.02.2024");
        assertThat(refused.getMessage()).contains("Mars/Olympus").contains("\"9-18\"");
    }

    @Test
    void reportsOverlappingIntervalsOfADay() {
        assertThatThrownBy(() -> reader.read("""
                companies:
                  - name: A
                    employees:
                      - name: E
                        schedule: {weekly: {mon: ["09:00-13:00", "12:00-18:00"]}}
                """, "test"))
                .isInstanceOf(CatalogRefused.class)
                .hasMessageContaining("companies[0].employees[0].schedule")
                .hasMessageContaining("overlap");
    }

    @Test
    void refusesTextThatIsNotYamlWithItsPosition() {
        assertThatThrownBy(() -> reader.read("companies: [\n  {id: 1,,", "test"))
                .isInstanceOf(CatalogRefused.class)
                .hasMessageContaining("line");
        assertThatThrownBy(() -> reader.read("- just a list", "test"))
                .isInstanceOf(CatalogRefused.class)
                .hasMessageContaining("companies");
    }

    @Test
    void aFileAndAnAdminRequestAreReadByTheSameForm() {
        CatalogRefused file = catchThrowableOfType(CatalogRefused.class, () -> reader.read("""
                companies:
                  - name: A
                    services:
                      - {title: S, price: "12.345", duration: 30, colour: red}
                """, "test"));
        BadCatalogValue request = catchThrowableOfType(BadCatalogValue.class, () -> ServiceEntry.FORM.create(
                JsonMapper.builder().build().readTree("{\"title\": \"S\", \"price\": \"12.345\", \"duration\": 30, \"colour\": \"red\"}")));

        assertThat(file.problems()).extracting(CatalogRefused.Problem::toString).containsExactly(
                "companies[0].services[0].colour: unknown field; expected one of [buffer_after, buffer_before, category_id, description, duration, id, price, title]",
                "companies[0].services[0].price: expected an amount such as 1500 or 990.50 (not negative, at most 2 decimals), got \"12.345\"");
        assertThat(request).hasMessage(
                "colour: unknown field; expected one of [buffer_after, buffer_before, category_id, description, duration, id, price, title]");
    }

    /** The example of docs/catalog.md, in its order: an entry's unknown fields first, then its fields as the format lists them. */
    @Test
    void listsProblemsInTheOrderTheCatalogDocumentShows() {
        CatalogRefused refused = catchThrowableOfType(CatalogRefused.class, () -> reader.read("""
                companies:
                  - name: A
                    services:
                      - {title: S, price: -5, duration: 0}
                    employees:
                      - name: E
                        prise: 1
                        service_ids: [1]
                        schedule: {weekly: {mon: ["09:00-18:00", "17:00-19:00"], fri: ["9-18"]}}
                """, "test"));

        assertThat(refused.problems()).extracting(CatalogRefused.Problem::path).containsExactly(
                "companies[0].services[0].price",
                "companies[0].services[0].duration",
                "companies[0].employees[0].prise",
                "companies[0].employees[0].schedule.weekly.fri[0]",
                "companies[0].employees[0].schedule",
                "companies[0].employees[0].service_ids[0]");
    }

    @Test
    void readsBookingRulesAndBuffersWithTheirDefaults() {
        CatalogPlan plan = reader.read("""
                companies:
                  - id: 1
                    name: A
                    booking_rules: {min_notice: 90m, max_advance: 7d, cancel_notice: 2h}
                    services:
                      - {id: 10, title: S, price: 1, duration: 30, buffer_before: 5, buffer_after: 15}
                  - id: 2
                    name: B
                    booking_rules: {min_notice: 0}
                    services:
                      - {id: 20, title: S, price: 1, duration: 30}
                """, "test");

        CompanyCatalog a = plan.companies().get(0).toCore();
        CompanyCatalog b = plan.companies().get(1).toCore();
        assertThat(a.company().rules()).isEqualTo(new BookingRules(Duration.ofMinutes(90), Duration.ofDays(7), Duration.ofHours(2)));
        assertThat(a.service(10).orElseThrow()).extracting(Service::bufferBefore, Service::bufferAfter).containsExactly(5, 15);
        assertThat(b.company().rules()).isEqualTo(BookingRules.DEFAULT);
        assertThat(b.service(20).orElseThrow()).extracting(Service::bufferBefore, Service::bufferAfter).containsExactly(0, 0);
        assertThat(plan.companies().get(0).company().bookingRules())
                .isEqualTo(new BookingRulesEntry("90m", "7d", "2h"));
    }

    @Test
    void namesEachBadRuleAndBufferWithTheFormExpected() {
        CatalogRefused refused = catchThrowableOfType(CatalogRefused.class, () -> reader.read("""
                companies:
                  - name: A
                    booking_rules: {min_notice: 2 hours, max_advance: 9999d, cancel_notice: -1h, hold: 15m}
                    services:
                      - {title: S, price: 1, duration: 30, buffer_before: -5, buffer_after: 721}
                """, "test"));

        assertThat(refused.problems()).extracting(CatalogRefused.Problem::toString).containsExactly(
                "companies[0].booking_rules.hold: unknown field; expected one of [cancel_notice, max_advance, min_notice]",
                "companies[0].booking_rules.min_notice: expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most 3660d), got \"2 hours\"",
                "companies[0].booking_rules.max_advance: expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most 3660d), got \"9999d\"",
                "companies[0].booking_rules.cancel_notice: expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most 3660d), got \"-1h\"",
                "companies[0].services[0].buffer_before: expected a whole number from 0 to 720, got -5",
                "companies[0].services[0].buffer_after: expected a whole number from 0 to 720, got 721");
    }

    @Test
    void readsRemindersAFollowUpAndQuietHoursBesideTheBookingRules() {
        CatalogPlan plan = reader.read("""
                companies:
                  - id: 1
                    name: A
                    timezone: Europe/Berlin
                    booking_rules: {min_notice: 2h}
                    reminders: ["2h", "24h", 90m]
                    follow_up: 2h
                    quiet_hours: "22:00-8:00"
                  - id: 2
                    name: B
                """, "test");

        Reminders a = plan.companies().get(0).toCore().company().reminders();
        assertThat(a).isEqualTo(new Reminders(List.of(Duration.ofHours(24), Duration.ofHours(2), Duration.ofMinutes(90)),
                Duration.ofHours(2), new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0))));
        assertThat(plan.companies().get(0).company().reminders())
                .isEqualTo(new RemindersEntry(List.of("1d", "2h", "90m"), "2h", "22:00-08:00"));
        assertThat(plan.companies().get(1).toCore().company().reminders()).isEqualTo(Reminders.NONE);
    }

    @Test
    void namesEachBadReminderSettingWithTheFormExpected() {
        CatalogRefused refused = catchThrowableOfType(CatalogRefused.class, () -> reader.read("""
                companies:
                  - name: A
                    booking_rules: {reminders: ["2h"]}
                    reminders: ["24h", "0", "2 hours", "1d", "400d"]
                    follow_up: -2h
                    quiet_hours: "22:00-22:00"
                  - name: B
                    reminders: 24h
                """, "test"));

        assertThat(refused.problems()).extracting(CatalogRefused.Problem::toString).containsExactly(
                "companies[0].booking_rules.reminders: belongs to the branch beside booking_rules, not inside it: write it at companies[0].reminders",
                "companies[0].reminders[1]: expected a duration above 0 such as 90m, 2h or 7d (minutes, hours or days, at most 366d), got \"0\"",
                "companies[0].reminders[2]: expected a duration above 0 such as 90m, 2h or 7d (minutes, hours or days, at most 366d), got \"2 hours\"",
                "companies[0].reminders[3]: \"1d\" is listed twice",
                "companies[0].reminders[4]: expected a duration above 0 such as 90m, 2h or 7d (minutes, hours or days, at most 366d), got \"400d\"",
                "companies[0].follow_up: expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most 366d), got \"-2h\"",
                "companies[0].quiet_hours: expected quiet hours such as \"22:00-08:00\" (from-to by the branch's clock, two different times), got \"22:00-22:00\"",
                "companies[1].reminders: expected a list of at most 10 durations such as [\"24h\", \"2h\"], got \"24h\"");
    }
}
