package slotbot.booking.calendar;

/** Only an active booking can be moved or cancelled; the message names the state it is in. */
public final class BookingNotActive extends BookingRefused {

    private final long bookingId;
    private final BookingStatus status;

    BookingNotActive(long bookingId, BookingStatus status) {
        super("booking " + bookingId + " is already " + status.name().toLowerCase(java.util.Locale.ROOT));
        this.bookingId = bookingId;
        this.status = status;
    }

    public long bookingId() {
        return bookingId;
    }

    public BookingStatus status() {
        return status;
    }
}
