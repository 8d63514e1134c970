package slotbot.booking.functions;

import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.CallbackTexts;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Functions 7, 9 and 10: book, move, cancel. Each re-checks the employee's time inside a
 * transaction that holds the employee's lock, so two clients racing for one slot get one booking.
 */
final class BookingActions {

    private final BookingData data;
    private final CatalogFunctions catalogs;
    private final AvailabilityFunctions availability;
    private final BookingEventListener events;
    private final RandomGenerator random;

    BookingActions(BookingData data, CatalogFunctions catalogs, AvailabilityFunctions availability,
                   BookingEventListener events, RandomGenerator random) {
        this.data = data;
        this.catalogs = catalogs;
        this.availability = availability;
        this.events = events;
        this.random = random;
    }

    /** create_booking(company_id, service_ids, booking_date, booking_time, employee_id) */
    Map<String, Object> create(Call call) {
        Args args = call.args();
        String client = call.client();
        Visit visit = Visit.read(catalogs, args, 1, 4);
        LocalDate date = args.date(2, "booking_date");
        LocalTime time = args.time(3, "booking_time");
        return book(call, client, visit, date, time);
    }

    /** create_booking_by_name(service_name, date, time, company_id) */
    Map<String, Object> createByName(Call call) {
        Args args = call.args();
        String client = call.client();
        String title = args.text(0, "service_name", 200);
        LocalDate date = args.date(1, "date");
        LocalTime time = args.time(2, "time");
        Optional<Long> companyId = args.optionalId(3, "company_id");
        List<CompanyCatalog> matches = data.companies().stream()
                .filter(c -> c.active() && companyId.map(id -> id == c.id()).orElse(true))
                .map(c -> data.catalog(c.id()).orElseThrow())
                .filter(c -> serviceNamed(c, title).isPresent())
                .toList();
        if (matches.isEmpty()) {
            throw new InvalidArgument("service_name: no service titled \"" + title + "\""
                    + companyId.map(id -> " in branch " + id).orElse(""));
        }
        if (matches.size() > 1) {
            throw new InvalidArgument("company_id: the service \"" + title + "\" is offered by branches "
                    + matches.stream().map(c -> String.valueOf(c.company().id())).toList() + "; name one");
        }
        CompanyCatalog catalog = matches.get(0);
        Service service = serviceNamed(catalog, title).orElseThrow();
        List<Employee> employees = catalog.activeEmployees().stream().filter(e -> e.provides(List.of(service.id()))).toList();
        return book(call, client, new Visit(catalog, List.of(service), employees), date, time);
    }

    /** modify_booking_time(order_id, new_date, new_time) */
    Map<String, Object> move(Call call) {
        Args args = call.args();
        String client = call.client();
        long id = args.id(0, "order_id");
        LocalDate date = args.date(1, "new_date");
        LocalTime time = args.time(2, "new_time");
        Booking booking = ownActiveBooking(id, client, call.now());
        CompanyCatalog catalog = data.catalog(booking.companyId()).orElseThrow();
        if (!catalog.company().takesOnlineBookings()) {
            throw new Refusal("branch \"" + catalog.company().name() + "\" does not take online bookings now");
        }
        ZoneId zone = catalog.company().zone();
        Instant start = startOf(date, time, zone, call.now());
        Instant end = start.plusSeconds(booking.durationMinutes() * 60L);
        Employee employee = catalog.employee(booking.employeeId()).filter(Employee::active)
                .orElseThrow(() -> new Refusal("the employee of booking " + id + " no longer takes bookings"));
        SlotFinder finder = new SlotFinder(zone, booking.durationMinutes(), 1, call.now());
        if (!finder.fitsSchedule(start, date, employee.schedule())) {
            throw new Refusal(employee.name() + " does not work " + Args.formatDate(date) + " " + Args.formatTime(time)
                    + " for " + booking.durationMinutes() + " minutes");
        }
        Booking moved = data.inTransaction(tx -> {
            tx.lockEmployee(employee.id());
            Booking current = tx.booking(id).filter(Booking::isActive)
                    .orElseThrow(() -> new Refusal("booking " + id + " was cancelled meanwhile"));
            if (!tx.busy(employee.id(), start, end, id).isFree(start.getEpochSecond(), end.getEpochSecond())) {
                throw new Refusal(employee.name() + " is already booked at " + Args.formatDate(date) + " "
                        + Args.formatTime(time));
            }
            Booking after = tx.move(id, current.version(), start, end)
                    .orElseThrow(() -> new Refusal("booking " + id + " was changed meanwhile; try again"));
            events.on(new BookingEvent.BookingMoved(after, booking.start(), CallbackTexts.moved(after, employee.name(), zone)));
            return after;
        });
        return Views.success("Booking time modified");
    }

    /** cancel_booking(pipeline_id, order_id) */
    Map<String, Object> cancel(Call call) {
        Args args = call.args();
        String client = call.client();
        long companyId = args.id(0, "pipeline_id");
        long id = args.id(1, "order_id");
        Booking booking = ownActiveBooking(id, client, call.now());
        if (booking.companyId() != companyId) {
            throw new Refusal("booking " + id + " is not in branch " + companyId);
        }
        CompanyCatalog catalog = data.catalog(booking.companyId()).orElseThrow();
        String employeeName = catalog.employee(booking.employeeId()).map(Employee::name).orElse("");
        data.inTransaction(tx -> {
            Booking cancelled = tx.cancel(id, booking.version(), call.now())
                    .orElseThrow(() -> new Refusal("booking " + id + " was changed meanwhile; try again"));
            events.on(new BookingEvent.BookingCancelled(cancelled,
                    CallbackTexts.cancelled(cancelled, employeeName, catalog.company().zone())));
            return cancelled;
        });
        return Views.success("Booking deleted");
    }

    private Map<String, Object> book(Call call, String client, Visit visit, LocalDate date, LocalTime time) {
        CompanyCatalog catalog = visit.catalog();
        if (!catalog.company().takesOnlineBookings()) {
            throw new Refusal("branch \"" + catalog.company().name() + "\" does not take online bookings now");
        }
        if (visit.employees().isEmpty()) {
            throw new Refusal("no employee of branch " + catalog.company().id() + " provides " + visit.serviceTitles());
        }
        ZoneId zone = catalog.company().zone();
        Instant start = startOf(date, time, zone, call.now());
        Instant end = start.plusSeconds(visit.durationMinutes() * 60L);
        SlotFinder finder = new SlotFinder(zone, visit.durationMinutes(), 1, call.now());
        List<Employee> working = visit.employees().stream()
                .filter(e -> finder.fitsSchedule(start, date, e.schedule()))
                .toList();
        if (working.isEmpty()) {
            throw new Refusal("nobody works " + Args.formatDate(date) + " " + Args.formatTime(time) + " for "
                    + visit.durationMinutes() + " minutes of " + visit.serviceTitles());
        }
        // With one candidate the check under the lock is the only one needed; with several, a read
        // outside any lock picks the ones worth locking.
        List<Employee> candidates = working.size() == 1 ? working : freeFirst(working, date, zone, finder, start);
        NewBookingDraft draft = new NewBookingDraft(catalog.company().id(), client, start, end, booked(visit.services()), call.now());
        for (Employee employee : candidates) {
            Optional<Booking> booking = tryBook(employee, draft, zone);
            if (booking.isPresent()) {
                return Views.map("status", true, "booking", Views.newBooking(booking.get(), catalog));
            }
        }
        throw new Refusal("the time " + Args.formatDate(date) + " " + Args.formatTime(time) + " is taken ("
                + working.size() + " of the employees work then, all are booked); choose another time");
    }

    /** The employees who look free by a read outside the lock, in random order, so that "any employee" spreads the load. */
    private List<Employee> freeFirst(List<Employee> working, LocalDate date, ZoneId zone, SlotFinder finder, Instant start) {
        List<EmployeeTimes> times = availability.employeeTimes(working, date, date.plusDays(2), zone);
        List<Employee> free = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            if (finder.fits(start, date, times.get(i))) {
                free.add(working.get(i));
            }
        }
        for (int i = free.size() - 1; i > 0; i--) {
            Collections.swap(free, i, random.nextInt(i + 1));
        }
        return free;
    }

    private Optional<Booking> tryBook(Employee employee, NewBookingDraft draft, ZoneId zone) {
        try {
            return data.inTransaction(tx -> {
                tx.lockEmployee(employee.id());
                Optional<Booking> booking = tx.insertIfFree(draft.forEmployee(employee.id()));
                booking.ifPresent(b -> events.on(new BookingEvent.BookingCreated(b, CallbackTexts.created(b, employee.name(), zone))));
                return booking;
            });
        } catch (SlotTaken e) {
            return Optional.empty();
        }
    }

    private Booking ownActiveBooking(long id, String client, Instant now) {
        Booking booking = data.booking(id).filter(b -> b.belongsTo(client))
                .orElseThrow(() -> new Refusal("you have no booking " + id));
        if (!booking.isActive()) {
            throw new Refusal("booking " + id + " is already cancelled");
        }
        if (!booking.start().isAfter(now)) {
            throw new Refusal("booking " + id + " has already started");
        }
        return booking;
    }

    private static Instant startOf(LocalDate date, LocalTime time, ZoneId zone, Instant now) {
        Instant start = ZonedDateTime.of(date, time, zone).toInstant();
        if (start.isBefore(now)) {
            throw new Refusal("the time " + Args.formatDate(date) + " " + Args.formatTime(time) + " is in the past");
        }
        return start;
    }

    private static List<BookedService> booked(List<Service> services) {
        return services.stream()
                .map(s -> new BookedService(s.id(), s.title(), s.price(), s.durationMinutes()))
                .toList();
    }

    private static Optional<Service> serviceNamed(CompanyCatalog catalog, String title) {
        return catalog.activeServices().stream().filter(s -> s.title().equalsIgnoreCase(title)).findFirst();
    }

    private record NewBookingDraft(long companyId, String client, Instant start, Instant end,
                                   List<BookedService> services, Instant now) {

        NewBooking forEmployee(long employeeId) {
            return new NewBooking(companyId, employeeId, client, start, end, services, now, client);
        }
    }
}
