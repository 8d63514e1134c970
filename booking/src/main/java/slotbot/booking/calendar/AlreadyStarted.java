package slotbot.booking.calendar;

/** The visit has begun (or is over): it can no longer be moved or cancelled. */
public final class AlreadyStarted extends BookingRefused {

    private final long bookingId;

    AlreadyStarted(long bookingId) {
        super("booking " + bookingId + " has already started");
        this.bookingId = bookingId;
    }

    public long bookingId() {
        return bookingId;
    }
}
