package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;
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
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * A small world for the typed booking core, the clock fixed on Thursday 29.05.2025 10:15 in Moscow.
 *
 * <pre>
 * branch 1 "Студия" (online): 844 Стрижка 60 min, 845 Борода 45 min, 846 and 847 Окрашивание 780 min each
 *   101 Павел: all four services, Mon-Sat 09:00-18:00
 *   102 Артём: 844, Mon-Fri 09:00-18:00
 *   103 Ушедший (inactive): 844, every day
 * branch 2 "Закрытая" (online booking off): 944 Массаж 60 min; 201 Игорь, every day 10:00-20:00
 * branch 3 "Бывшая" (deactivated): 1044 Стрижка; 301 Ольга, every day 10:00-20:00
 * </pre>
 */
final class Studio {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Instant NOW = ZonedDateTime.of(2025, 5, 29, 10, 15, 0, 0, MOSCOW).toInstant();
    /** Monday 02.06.2025. */
    static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    static final LocalDate SUNDAY = LocalDate.of(2025, 6, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 5, 29);

    static final long STUDIO = 1, CLOSED = 2, FORMER = 3;
    static final long HAIRCUT = 844, BEARD = 845, COLOURING = 846, COLOURING_TOO = 847, MASSAGE = 944;
    static final long PAVEL = 101, ARTEM = 102, GONE = 103, IGOR = 201;
    static final String CLIENT = "tg-1001";
    static final String OTHER = "tg-2002";

    final InMemoryBookingData memory = new InMemoryBookingData();
    final Meanwhile data = new Meanwhile(memory);
    final List<BookingEvent> events = new ArrayList<>();
    final Bookings bookings = new Bookings(data, Clock.fixed(NOW, MOSCOW), events::add, new Random(1));

    Studio() {
        memory.put(studio());
        memory.put(closed());
        memory.put(new CompanyCatalog(new Company(FORMER, "Бывшая", "ул. Старая, 3", true, MOSCOW, false), List.of(),
                List.of(service(1044, FORMER, "Стрижка", 60)),
                List.of(employee(301, FORMER, "Ольга", List.of(1044L), everyDay("10:00-20:00"), true))));
    }

    static BookingRequest request(long company, List<Long> services, LocalDate date, String time, Long employee) {
        return new BookingRequest(company, services, date, LocalTime.parse(time), Optional.ofNullable(employee), CLIENT);
    }

    Booking book(LocalDate date, String time, long employee) {
        return bookings.book(request(STUDIO, List.of(HAIRCUT), date, time, employee));
    }

    /** Puts an hour's booking straight into the calendar, bypassing every check. */
    Booking booked(String client, long company, long employee, LocalDate date, String time) {
        Instant start = ZonedDateTime.of(date, LocalTime.parse(time), MOSCOW).toInstant();
        return memory.add(new NewBooking(company, employee, client, start, start.plusSeconds(3600),
                List.of(new BookedService(HAIRCUT, "Стрижка", new BigDecimal("1500"), 60)), NOW, "test"));
    }

    static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), MOSCOW).toInstant();
    }

    static MoveRequest move(long id, LocalDate date, String time, Requester requester) {
        return new MoveRequest(id, date, LocalTime.parse(time), requester);
    }

    private static CompanyCatalog studio() {
        Schedule pavel = weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "09:00-18:00");
        Schedule artem = weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), "09:00-18:00");
        return new CompanyCatalog(new Company(STUDIO, "Студия", "ул. Ленина, 1", true, MOSCOW, true), List.of(),
                List.of(service(HAIRCUT, STUDIO, "Стрижка", 60), service(BEARD, STUDIO, "Борода", 45),
                        service(COLOURING, STUDIO, "Окрашивание", 780), service(COLOURING_TOO, STUDIO, "Тонирование", 780)),
                List.of(employee(PAVEL, STUDIO, "Павел", List.of(HAIRCUT, BEARD, COLOURING, COLOURING_TOO), pavel, true),
                        employee(ARTEM, STUDIO, "Артём", List.of(HAIRCUT), artem, true),
                        employee(GONE, STUDIO, "Ушедший", List.of(HAIRCUT), everyDay("00:00-24:00"), false)));
    }

    private static CompanyCatalog closed() {
        return new CompanyCatalog(new Company(CLOSED, "Закрытая", "ул. Садовая, 2", false, MOSCOW, true), List.of(),
                List.of(service(MASSAGE, CLOSED, "Массаж", 60)),
                List.of(employee(IGOR, CLOSED, "Игорь", List.of(MASSAGE), everyDay("10:00-20:00"), true)));
    }

    private static Service service(long id, long company, String title, int minutes) {
        return new Service(id, company, title, "", new BigDecimal("1500"), minutes, null, true);
    }

    private static Employee employee(long id, long company, String name, List<Long> services, Schedule schedule, boolean active) {
        return new Employee(id, company, name, "", null, services, schedule, active);
    }

    private static Schedule everyDay(String interval) {
        return weekly(List.of(DayOfWeek.values()), interval);
    }

    private static Schedule weekly(List<DayOfWeek> days, String interval) {
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> weekly.put(day, List.of(WorkingInterval.parse(interval))));
        return new Schedule(weekly, Map.of());
    }

    /**
     * The in-memory store, with one switch: something another caller does between our read and our
     * transaction (cancel or move the booking first), to lose a race on purpose.
     */
    static final class Meanwhile implements BookingData {

        private final InMemoryBookingData memory;
        private Function<BookingTransaction, ?> next;

        Meanwhile(InMemoryBookingData memory) {
            this.memory = memory;
        }

        void beforeNextTransaction(Function<BookingTransaction, ?> change) {
            next = change;
        }

        @Override
        public List<Company> companies() {
            return memory.companies();
        }

        @Override
        public Optional<CompanyCatalog> catalog(long companyId) {
            return memory.catalog(companyId);
        }

        @Override
        public Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to) {
            return memory.busy(employeeIds, from, to);
        }

        @Override
        public Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to) {
            return memory.holds(employeeIds, from, to);
        }

        @Override
        public Optional<WaitlistEntry> waitlistEntry(long id) {
            return memory.waitlistEntry(id);
        }

        @Override
        public List<WaitlistEntry> waitlistOf(String clientId) {
            return memory.waitlistOf(clientId);
        }

        @Override
        public List<Booking> activeBookingsOf(String clientId, Instant after) {
            return memory.activeBookingsOf(clientId, after);
        }

        @Override
        public Optional<Booking> booking(long id) {
            return memory.booking(id);
        }

        @Override
        public <T> T inTransaction(Function<BookingTransaction, T> work) {
            if (next != null) {
                memory.inTransaction(next);
                next = null;
            }
            return memory.inTransaction(work);
        }
    }
}
