package slotbot.booking.functions;

import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.CategoryType;
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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small world for the booking functions: three branches in Moscow, the seed's barber Павел
 * Тихонов among them, a fixed clock on Thursday 29.05.2025 10:15 and a recorder of booking events.
 *
 * <pre>
 * branch 1 "Салон на Ленина" (online booking on)
 *   job titles 10 Барбер, 11 Парикмахер; service categories 20 Мужской зал, 21 Женский зал, 22 Архив (inactive)
 *   844 Мужская стрижка 1500.00 60 min (20)   845 Моделирование бороды 990.50 45 min (20)
 *   846 Женская стрижка 2500 90 min (21)      847 Укладка 700 30 min (21)      848 Старая услуга (inactive)
 *   101 Павел Тихонов, Барбер: 844, 845; Mon-Sat 09:00-18:00
 *   102 Виктория Лебедева, Парикмахер: 844, 846, 847; Tue-Sun 10:00-19:00;
 *       29.05.2025 08:00-10:00, 03.06.2025 off, 04.06.2025 12:00-16:00
 *   103 Артём Волков, Барбер: 844, 845; Mon-Fri 09:00-13:00 and 14:00-20:00
 *   104 Ушедший Мастер (inactive), Барбер: all services; every day 00:00-24:00
 * branch 2 "Салон на Мира" (online booking on): 944 Мужская стрижка 1400 30 min; 201 Ольга Смирнова daily 10:00-20:00
 * branch 3 "Салон на Садовой" (online booking off): 1044 Массаж 60 min; 301 Игорь Котов daily 10:00-20:00
 * </pre>
 */
final class Salon {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Thursday 29.05.2025, 10:15 in Moscow. */
    static final Instant NOW = ZonedDateTime.of(2025, 5, 29, 10, 15, 0, 0, MOSCOW).toInstant();

    static final long LENINA = 1, MIRA = 2, SADOVAYA = 3;
    static final long BARBER = 10, HAIRDRESSER = 11, MENS_HALL = 20, WOMENS_HALL = 21, ARCHIVE = 22;
    static final long HAIRCUT = 844, BEARD = 845, WOMENS_HAIRCUT = 846, STYLING = 847, OLD_SERVICE = 848;
    static final long PAVEL = 101, VIKTORIA = 102, ARTEM = 103, GONE = 104, OLGA = 201, IGOR = 301;
    static final long MIRA_HAIRCUT = 944, MASSAGE = 1044;

    static final String CLIENT = "tg-1001";
    static final String OTHER_CLIENT = "tg-2002";

    final InMemoryBookingData data = new InMemoryBookingData();
    final List<BookingEvent> events = new ArrayList<>();
    /** The clients' names and phones the answers show; none is known until a test puts one here. */
    final Map<String, Contact> contacts = new HashMap<>();
    final BookingFunctions functions = new BookingFunctions(data, Clock.fixed(NOW, MOSCOW),
            new Bookings(data, Clock.fixed(NOW, MOSCOW), events::add, new Random(1)),
            id -> contacts.getOrDefault(id, Contact.UNKNOWN));

    Salon() {
        data.put(lenina());
        data.put(mira());
        data.put(sadovaya());
    }

    /** Calls a function as {@link #CLIENT}. */
    FunctionResult call(String name, Object... args) {
        return callAs(CLIENT, name, args);
    }

    FunctionResult callAs(String client, String name, Object... args) {
        return functions.call(name, Arrays.asList(args), client);
    }

    /** Calls a function that must succeed and returns its value. */
    Object value(String name, Object... args) {
        FunctionResult result = call(name, args);
        assertThat(result.malformed()).as("%s%s malformed: %s", name, Arrays.toString(args), result.value()).isFalse();
        return result.value();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(String name, Object... args) {
        return (List<Map<String, Object>>) value(name, args);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String name, Object... args) {
        return (List<String>) value(name, args);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> dictionary(String name, Object... args) {
        return (Map<String, Object>) value(name, args);
    }

    /** The slots of one employee for the given services (default interval). */
    List<String> slotsOf(long employee, Object services, String date) {
        return strings("get_slots_for_booking", LENINA, services, date, employee);
    }

    /** Puts a booking straight into the calendar, bypassing every check. */
    Booking booked(String client, long company, long employee, LocalDate date, LocalTime time, int minutes) {
        Instant start = ZonedDateTime.of(date, time, MOSCOW).toInstant();
        return data.add(new NewBooking(company, employee, client, start, start.plusSeconds(minutes * 60L),
                List.of(new BookedService(HAIRCUT, "Мужская стрижка", new BigDecimal("1500.00"), minutes)),
                NOW, "test"));
    }

    /** Creates a booking through create_booking as {@link #CLIENT} and returns its id. */
    long book(Object services, String date, String time, Object employee) {
        Map<String, Object> result = dictionary("create_booking", LENINA, services, date, time, employee);
        assertThat(result).as("create_booking %s %s %s", date, time, employee).containsEntry("status", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> booking = (Map<String, Object>) result.get("booking");
        return (Long) booking.get("id");
    }

    Booking stored(long id) {
        return data.booking(id).orElseThrow();
    }

    static Map<String, Object> failure(FunctionResult result) {
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) result.value();
        assertThat(value).containsEntry("status", false).containsKey("message");
        return value;
    }

    static String message(FunctionResult result) {
        return (String) failure(result).get("message");
    }

    /** "09:00", "09:30", ... up to and including {@code last}. */
    static List<String> times(String first, String last, int stepMinutes) {
        List<String> times = new ArrayList<>();
        int end = LocalTime.parse(last).toSecondOfDay() / 60;
        for (int m = LocalTime.parse(first).toSecondOfDay() / 60; m <= end; m += stepMinutes) {
            times.add(String.format("%02d:%02d", m / 60, m % 60));
        }
        return times;
    }

    private static CompanyCatalog lenina() {
        Company company = new Company(LENINA, "Салон на Ленина", "ул. Ленина, 1", true, MOSCOW, true);
        List<Category> categories = List.of(
                new Category(BARBER, LENINA, CategoryType.JOB_TITLE, "Барбер", "Мужские стрижки и борода", true),
                new Category(HAIRDRESSER, LENINA, CategoryType.JOB_TITLE, "Парикмахер", "Стрижки и укладки", true),
                new Category(MENS_HALL, LENINA, CategoryType.SERVICE_CATEGORY, "Мужской зал", "", true),
                new Category(WOMENS_HALL, LENINA, CategoryType.SERVICE_CATEGORY, "Женский зал", "", true),
                new Category(ARCHIVE, LENINA, CategoryType.SERVICE_CATEGORY, "Архив", "", false));
        List<Service> services = List.of(
                new Service(HAIRCUT, LENINA, "Мужская стрижка", "Классика", new BigDecimal("1500.00"), 60, MENS_HALL, true),
                new Service(BEARD, LENINA, "Моделирование бороды", "", new BigDecimal("990.50"), 45, MENS_HALL, true),
                new Service(WOMENS_HAIRCUT, LENINA, "Женская стрижка", "", new BigDecimal("2500"), 90, WOMENS_HALL, true),
                new Service(STYLING, LENINA, "Укладка", "", new BigDecimal("700"), 30, WOMENS_HALL, true),
                new Service(OLD_SERVICE, LENINA, "Старая услуга", "", new BigDecimal("100"), 30, MENS_HALL, false));
        Schedule pavel = weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Map.of(), "09:00-18:00");
        Schedule viktoria = weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Map.of(LocalDate.of(2025, 5, 29), List.of(WorkingInterval.parse("08:00-10:00")),
                        LocalDate.of(2025, 6, 3), List.of(),
                        LocalDate.of(2025, 6, 4), List.of(WorkingInterval.parse("12:00-16:00"))),
                "10:00-19:00");
        Schedule artem = weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), Map.of(), "09:00-13:00", "14:00-20:00");
        List<Employee> employees = List.of(
                new Employee(PAVEL, LENINA, "Павел Тихонов", "Стаж 10 лет", BARBER, List.of(HAIRCUT, BEARD), pavel, true),
                new Employee(VIKTORIA, LENINA, "Виктория Лебедева", "", HAIRDRESSER,
                        List.of(HAIRCUT, WOMENS_HAIRCUT, STYLING), viktoria, true),
                new Employee(ARTEM, LENINA, "Артём Волков", "", BARBER, List.of(HAIRCUT, BEARD), artem, true),
                new Employee(GONE, LENINA, "Ушедший Мастер", "", BARBER,
                        List.of(HAIRCUT, BEARD, WOMENS_HAIRCUT, STYLING), everyDay("00:00-24:00"), false));
        return new CompanyCatalog(company, categories, services, employees);
    }

    private static CompanyCatalog mira() {
        Company company = new Company(MIRA, "Салон на Мира", "пр. Мира, 2", true, MOSCOW, true);
        return new CompanyCatalog(company,
                List.of(new Category(30, MIRA, CategoryType.JOB_TITLE, "Барбер", "", true)),
                List.of(new Service(MIRA_HAIRCUT, MIRA, "Мужская стрижка", "", new BigDecimal("1400"), 30, null, true)),
                List.of(new Employee(OLGA, MIRA, "Ольга Смирнова", "", 30L, List.of(MIRA_HAIRCUT), everyDay("10:00-20:00"), true)));
    }

    private static CompanyCatalog sadovaya() {
        Company company = new Company(SADOVAYA, "Салон на Садовой", "ул. Садовая, 3", false, MOSCOW, true);
        return new CompanyCatalog(company, List.of(),
                List.of(new Service(MASSAGE, SADOVAYA, "Массаж", "", new BigDecimal("3000"), 60, null, true)),
                List.of(new Employee(IGOR, SADOVAYA, "Игорь Котов", "", null, List.of(MASSAGE), everyDay("10:00-20:00"), true)));
    }

    private static Schedule everyDay(String... intervals) {
        return weekly(List.of(DayOfWeek.values()), Map.of(), intervals);
    }

    private static Schedule weekly(List<DayOfWeek> days, Map<LocalDate, List<WorkingInterval>> dates, String... intervals) {
        List<WorkingInterval> hours = Arrays.stream(intervals).map(WorkingInterval::parse).toList();
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> weekly.put(day, hours));
        return new Schedule(weekly, dates);
    }
}
