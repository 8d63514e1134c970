package slotbot.booking.calendar;

/** Only a visit that has begun can be marked a no-show: before its start, the client may still come. */
public final class NotStartedYet extends BookingRefused {

    private final long bookingId;

    NotStartedYet(long bookingId) {
        super("booking " + bookingId + " has not started yet; it cannot be marked a no-show");
        this.bookingId = bookingId;
    }

    public long bookingId() {
        return bookingId;
    }
}
