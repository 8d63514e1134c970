package slotbot.booking.calendar;

/** No booking has that id; a client is told, as for another client's booking, that they have none such. */
public final class BookingNotFound extends BookingRefused {

    private final long bookingId;

    BookingNotFound(long bookingId, Requester requester) {
        super(requester instanceof Requester.Client ? "you have no booking " + bookingId : "no booking " + bookingId);
        this.bookingId = bookingId;
    }

    public long bookingId() {
        return bookingId;
    }
}
