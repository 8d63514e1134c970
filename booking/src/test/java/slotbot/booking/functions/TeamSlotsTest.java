package slotbot.booking.functions;

import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;
import slotbot.booking.clients.Contact;
import slotbot.booking.memory.InMemoryBookingData;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static slotbot.booking.functions.Salon.MOSCOW;
import static slotbot.booking.functions.Salon.NOW;

/**
 * get_slots_for_booking without an employee over a team of 30: the employees' calendars are read a group at a time,
 * and the answer is still every start at which one of them is free, however full their days are.
 */
class TeamSlotsTest {

    private static final long TEAM = 7, HAIRCUT = 7001;
    private static final int PEOPLE = 30;
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    private final InMemoryBookingData data = new InMemoryBookingData();
    private final BookingFunctions functions = new BookingFunctions(data, Clock.fixed(NOW, MOSCOW),
            new Bookings(data, Clock.fixed(NOW, MOSCOW), event -> { }, new Random(1)), id -> Contact.UNKNOWN);

    TeamSlotsTest() {
        data.put(team());
    }

    @Test
    void aStartOnlyTheLastEmployeeHasFreeIsOfferedAndOneNobodyHasIsNot() {
        for (long employee = 1; employee < PEOPLE; employee++) {
            booked(employee, LocalTime.of(9, 0), 12 * 60);
        }
        booked(PEOPLE, LocalTime.of(9, 0), 60);

        assertThat(slots(null)).containsExactly("10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00",
                "13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00", "17:30", "18:00", "18:30",
                "19:00", "19:30", "20:00");
        booked(PEOPLE, LocalTime.of(10, 0), 11 * 60);
        assertThat(slots(null)).isEmpty();
    }

    @Test
    void theStartsOfEveryoneMergedAreTheStartsOfEachOneTogether() {
        Random random = new Random(2025);
        for (int i = 0; i < 200; i++) {
            long employee = 1 + random.nextInt(PEOPLE);
            LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(24));
            if (slots(employee).contains(start.toString())) {
                booked(employee, start, 30 + 30 * random.nextInt(3));
            }
        }

        TreeSet<String> eachOne = new TreeSet<>();
        LongStream.rangeClosed(1, PEOPLE).forEach(employee -> eachOne.addAll(slots(employee)));
        assertThat(slots(null)).isNotEmpty().containsExactlyElementsOf(eachOne);
    }

    @SuppressWarnings("unchecked")
    private List<String> slots(Long employee) {
        FunctionResult result = functions.call("get_slots_for_booking",
                Arrays.asList(TEAM, HAIRCUT, "02.06.2025", employee == null ? "" : employee), "tg-1");
        assertThat(result.malformed()).as("%s", result.value()).isFalse();
        return (List<String>) result.value();
    }

    private void booked(long employee, LocalTime time, int minutes) {
        Instant start = ZonedDateTime.of(MONDAY, time, MOSCOW).toInstant();
        Instant end = start.plusSeconds(minutes * 60L);
        data.add(new NewBooking(TEAM, employee, "tg-2", start, end,
                List.of(new BookedService(HAIRCUT, "Стрижка", new BigDecimal("1000"), minutes)), NOW, "test",
                new TimeSpan(start, end), null));
    }

    private static CompanyCatalog team() {
        Company company = new Company(TEAM, "Большой салон", "ул. Длинная, 7", true, MOSCOW, true);
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(WorkingInterval.parse("09:00-21:00")));
        }
        List<Employee> employees = new ArrayList<>();
        for (long id = 1; id <= PEOPLE; id++) {
            employees.add(new Employee(id, TEAM, "Мастер " + id, "", null, List.of(HAIRCUT), new Schedule(weekly, Map.of()), true));
        }
        return new CompanyCatalog(company, List.of(),
                List.of(new Service(HAIRCUT, TEAM, "Стрижка", "", new BigDecimal("1000"), 60, null, true)), employees);
    }
}
