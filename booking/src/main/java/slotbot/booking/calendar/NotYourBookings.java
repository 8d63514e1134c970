package slotbot.booking.calendar;

/** A client asked for another client's bookings: a client in a chat sees their own only. */
public final class NotYourBookings extends BookingRefused {

    NotYourBookings() {
        super("client_id: a client may see their own bookings only");
    }
}
