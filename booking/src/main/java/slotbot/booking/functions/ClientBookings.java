package slotbot.booking.functions;

import slotbot.booking.calendar.Booking;
import slotbot.booking.catalog.CompanyCatalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Function 8 and get_active_order_booking_info: what a client has booked. */
final class ClientBookings {

    private final BookingData data;

    ClientBookings(BookingData data) {
        this.data = data;
    }

    /** get_bookings_info(client_id): a bot's client sees its own bookings only. */
    Object info(Call call) {
        Object asked = call.args().raw(0);
        String client;
        if (asked == null) {
            client = call.client();
        } else {
            client = asked.toString().strip();
            if (call.clientId() != null && !call.clientId().equals(client)) {
                throw new Refusal("client_id: a client may see their own bookings only");
            }
        }
        return upcoming(client, call);
    }

    /** get_active_order_booking_info(): the nearest upcoming booking, or {}. */
    Map<String, Object> nearest(Call call) {
        List<Map<String, Object>> upcoming = upcoming(call.client(), call);
        return upcoming.isEmpty() ? Map.of() : upcoming.get(0);
    }

    private List<Map<String, Object>> upcoming(String client, Call call) {
        Map<Long, CompanyCatalog> catalogs = new HashMap<>();
        List<Booking> bookings = data.activeBookingsOf(client, call.now());
        return bookings.stream()
                .filter(b -> b.start().isAfter(call.now()))
                .map(b -> Views.bookingInfo(b, catalogs.computeIfAbsent(b.companyId(), id -> data.catalog(id).orElseThrow())))
                .toList();
    }
}
