package slotbot.bench;

import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.CategoryType;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;
import slotbot.booking.memory.InMemoryBookingData;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One busy branch, the same on every run (seed 42): 50 employees, 20 services each with buffers
 * before and after (5 to 15 minutes), working 09:00-13:00 and 14:00-20:00 six days a week with a
 * rotating day off, booking rules (min_notice 2h, max_advance 90d, cancel_notice 3h), and 5,000 active
 * bookings over the next 60 days, inside working hours, whose busy spans (visit and buffers) never
 * overlap another's of the same employee.
 */
final class BusyBranch {

    static final long COMPANY = 1;
    static final int EMPLOYEES = 50;
    static final int SERVICES = 20;
    static final int BOOKINGS = 5_000;
    static final int DAYS = 60;
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** Tuesday 01.12.2026, 08:00 in Moscow. */
    static final Instant NOW = ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZONE).toInstant();
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
    /** The two services asked for, a haircut and a beard (105 minutes): most employees provide both. */
    static final List<Long> TWO_SERVICES = List.of(1001L, 1002L);

    private static final List<WorkingInterval> HOURS = List.of(WorkingInterval.parse("09:00-13:00"),
            WorkingInterval.parse("14:00-20:00"));

    final InMemoryBookingData data = new InMemoryBookingData();
    final CompanyCatalog catalog;
    /** The date after today with the most bookings. */
    final LocalDate busiestDate;
    final int bookingsOnBusiestDate;

    BusyBranch() {
        Random random = new Random(42);
        catalog = catalog(random);
        data.put(catalog);
        Map<LocalDate, Integer> perDate = book(random);
        Map.Entry<LocalDate, Integer> busiest = perDate.entrySet().stream().filter(e -> e.getKey().isAfter(TODAY))
                .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        busiestDate = busiest.getKey();
        bookingsOnBusiestDate = busiest.getValue();
    }

    private static CompanyCatalog catalog(Random random) {
        Company company = new Company(COMPANY, "Барбершоп на Ленина", "ул. Ленина, 1", true, ZONE, true,
                new BookingRules(Duration.ofHours(2), Duration.ofDays(90), Duration.ofHours(3)));
        List<Category> categories = List.of(
                new Category(10, COMPANY, CategoryType.JOB_TITLE, "Барбер", "", true),
                new Category(11, COMPANY, CategoryType.JOB_TITLE, "Топ-барбер", "", true),
                new Category(20, COMPANY, CategoryType.SERVICE_CATEGORY, "Стрижки", "", true),
                new Category(21, COMPANY, CategoryType.SERVICE_CATEGORY, "Борода", "", true));
        int[] durations = {30, 45, 60, 90, 120};
        List<Service> services = new ArrayList<>();
        services.add(new Service(1001, COMPANY, "Мужская стрижка", "", new BigDecimal("1500.00"), 60, 20L, true, 5, 10));
        services.add(new Service(1002, COMPANY, "Моделирование бороды", "", new BigDecimal("990.50"), 45, 21L, true, 10, 15));
        for (long id = 1003; id < 1001 + SERVICES; id++) {
            services.add(new Service(id, COMPANY, "Услуга " + id, "", new BigDecimal(500 + 100 * random.nextInt(30)),
                    durations[random.nextInt(durations.length)], id % 2 == 0 ? 20L : 21L, true,
                    5 + 5 * random.nextInt(3), 5 + 5 * random.nextInt(3)));
        }
        List<Employee> employees = new ArrayList<>();
        for (long id = 1; id <= EMPLOYEES; id++) {
            List<Long> provided = new ArrayList<>();
            for (Service s : services) {
                boolean common = s.id() <= 1002 && id % 5 != 0;
                if (common || random.nextInt(2) == 0) {
                    provided.add(s.id());
                }
            }
            employees.add(new Employee(id, COMPANY, "Мастер " + id, "", id % 3 == 0 ? 11L : 10L, provided,
                    weekly(DayOfWeek.of(1 + (int) (id % 7))), true));
        }
        return new CompanyCatalog(company, categories, services, employees);
    }

    private static Schedule weekly(DayOfWeek dayOff) {
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != dayOff) {
                weekly.put(day, HOURS);
            }
        }
        return new Schedule(weekly, Map.of());
    }

    /** Draws bookings until 5,000 fit; returns how many fell on each date. */
    private Map<LocalDate, Integer> book(Random random) {
        List<Service> services = catalog.activeServices();
        List<Employee> employees = catalog.activeEmployees();
        Map<Long, List<TimeSpan>> taken = new HashMap<>();
        Map<LocalDate, Integer> perDate = new HashMap<>();
        int booked = 0;
        while (booked < BOOKINGS) {
            Employee employee = employees.get(random.nextInt(employees.size()));
            Service service = services.get(random.nextInt(services.size()));
            LocalDate date = TODAY.plusDays(random.nextInt(DAYS));
            List<WorkingInterval> hours = employee.schedule().intervalsOn(date);
            if (hours.isEmpty() || !employee.serviceIds().contains(service.id())) {
                continue;
            }
            WorkingInterval interval = hours.get(random.nextInt(hours.size()));
            int latest = interval.endMinute() - service.durationMinutes();
            if (latest < interval.startMinute()) {
                continue;
            }
            int minute = interval.startMinute() + 15 * random.nextInt((latest - interval.startMinute()) / 15 + 1);
            Instant start = ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), ZONE).toInstant();
            TimeSpan span = new TimeSpan(start, start.plusSeconds(service.durationMinutes() * 60L));
            TimeSpan busy = busy(span, service);
            List<TimeSpan> own = taken.computeIfAbsent(employee.id(), id -> new ArrayList<>());
            if (own.stream().anyMatch(busy::overlaps)) {
                continue;
            }
            own.add(busy);
            data.add(new NewBooking(COMPANY, employee.id(), "tg-" + random.nextInt(2_000), span.start(), span.end(),
                    List.of(new BookedService(service.id(), service.title(), service.price(), service.durationMinutes())),
                    NOW.minusSeconds(86_400), "bench", busy));
            perDate.merge(date, 1, Integer::sum);
            booked++;
        }
        return perDate;
    }

    /** The visit with its service's buffers: what the employee is kept busy for. */
    private static TimeSpan busy(TimeSpan visit, Service service) {
        return new TimeSpan(visit.start().minusSeconds(service.bufferBefore() * 60L),
                visit.end().plusSeconds(service.bufferAfter() * 60L));
    }
}
