package slotbot.booking.functions;

import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.Requester;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Function 8 and get_active_order_booking_info: what a client has booked. */
final class ClientBookings {

    private final BookingData data;
    private final Bookings bookings;
    private final ClientDirectory clients;

    ClientBookings(BookingData data, Bookings bookings, ClientDirectory clients) {
        this.data = data;
        this.bookings = bookings;
        this.clients = clients;
    }

    /**
     * get_bookings_info(client_id): bot code sees its own client's bookings only; the integrator (the
     * function API, holding the token) and a call without a client see any client's, as in the seed.
     */
    Object info(Call call) {
        Object asked = call.args().raw(0);
        if (asked == null) {
            return upcoming(call.client(), Requester.client(call.client()));
        }
        Requester requester = call.integrator() || call.clientId() == null ? Requester.OWNER : Requester.client(call.clientId());
        return upcoming(asked.toString().strip(), requester);
    }

    /** get_active_order_booking_info(): the nearest upcoming booking, or {}. */
    Map<String, Object> nearest(Call call) {
        List<Map<String, Object>> upcoming = upcoming(call.client(), Requester.client(call.client()));
        return upcoming.isEmpty() ? Map.of() : upcoming.get(0);
    }

    private List<Map<String, Object>> upcoming(String client, Requester requester) {
        Map<Long, CompanyCatalog> catalogs = new HashMap<>();
        List<Booking> upcoming = bookings.upcoming(client, requester);
        Contact contact = upcoming.isEmpty() ? Contact.UNKNOWN : clients.contact(client);
        return upcoming.stream()
                .map(b -> Views.bookingInfo(b, catalogs.computeIfAbsent(b.companyId(), id -> data.catalog(id).orElseThrow()),
                        contact))
                .toList();
    }
}
