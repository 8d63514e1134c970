package slotbot.booking.functions;

import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingRequest;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.CancelRequest;
import slotbot.booking.calendar.MoveRequest;
import slotbot.booking.calendar.Requester;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Service;
import slotbot.booking.clients.ClientDirectory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Functions 7, 9 and 10 (book, move, cancel), confirm_booking and create_booking_by_name: positional arguments to {@link Bookings}. */
final class BookingActions {

    private final BookingData data;
    private final Bookings bookings;
    private final ClientDirectory clients;

    BookingActions(BookingData data, Bookings bookings, ClientDirectory clients) {
        this.data = data;
        this.bookings = bookings;
        this.clients = clients;
    }

    /** create_booking(company_id, service_ids, booking_date, booking_time, employee_id) */
    Map<String, Object> create(Call call) {
        String client = call.client();
        Args args = call.args();
        return booked(bookings.book(new BookingRequest(args.id(0, "company_id"), args.serviceIds(1, "service_ids"),
                args.date(2, "booking_date"), args.time(3, "booking_time"), args.optionalId(4, "employee_id"), client)));
    }

    /** create_booking_by_name(service_name, date, time, company_id) */
    Map<String, Object> createByName(Call call) {
        String client = call.client();
        Args args = call.args();
        String title = args.text(0, "service_name", 200);
        LocalDate date = args.date(1, "date");
        LocalTime time = args.time(2, "time");
        Optional<Long> companyId = args.optionalId(3, "company_id");
        CompanyCatalog catalog = branchOffering(title, companyId);
        long serviceId = serviceNamed(catalog, title).orElseThrow().id();
        return booked(bookings.book(new BookingRequest(catalog.company().id(), List.of(serviceId), date, time,
                Optional.empty(), client)));
    }

    /** modify_booking_time(order_id, new_date, new_time) */
    Map<String, Object> move(Call call) {
        String client = call.client();
        Args args = call.args();
        bookings.move(new MoveRequest(args.id(0, "order_id"), args.date(1, "new_date"), args.time(2, "new_time"),
                Requester.client(client)));
        return Views.success("Booking time modified");
    }

    /** cancel_booking(pipeline_id, order_id) */
    Map<String, Object> cancel(Call call) {
        String client = call.client();
        Args args = call.args();
        long companyId = args.id(0, "pipeline_id");
        bookings.cancel(new CancelRequest(args.id(1, "order_id"), Optional.of(companyId), Requester.client(client)));
        return Views.success("Booking deleted");
    }

    /** confirm_booking(order_id) */
    Map<String, Object> confirm(Call call) {
        String client = call.client();
        bookings.confirm(call.args().id(0, "order_id"), Requester.client(client));
        return Views.success("Booking confirmed");
    }

    private Map<String, Object> booked(Booking booking) {
        return Views.map("status", true, "booking", Views.newBooking(booking, data.catalog(booking.companyId()).orElseThrow(),
                clients.contact(booking.clientId())));
    }

    /** The one active branch with a service of that title (among the one named, when it is). */
    private CompanyCatalog branchOffering(String title, Optional<Long> companyId) {
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
        return matches.get(0);
    }

    private static Optional<Service> serviceNamed(CompanyCatalog catalog, String title) {
        return catalog.activeServices().stream().filter(s -> s.title().equalsIgnoreCase(title)).findFirst();
    }
}
