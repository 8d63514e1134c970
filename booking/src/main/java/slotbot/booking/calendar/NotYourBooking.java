package slotbot.booking.calendar;

/**
 * The booking belongs to another client. The message is the one for a booking that does not exist,
 * so that trying ids reveals nothing about other people's appointments.
 */
public final class NotYourBooking extends BookingRefused {

    private final long bookingId;

    NotYourBooking(long bookingId) {
        super("you have no booking " + bookingId);
        this.bookingId = bookingId;
    }

    public long bookingId() {
        return bookingId;
    }
}
