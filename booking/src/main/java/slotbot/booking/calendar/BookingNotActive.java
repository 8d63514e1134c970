package slotbot.booking.calendar;

import java.time.Instant;

/**
 * The booking's state does not allow the change asked for; the message names the state it is in:
 * {@code booking 4 is cancelled; it cannot be confirmed}, or {@code booking 4 is already cancelled}
 * when it is asked to become what it is.
 */
public final class BookingNotActive extends BookingRefused {

    private final long bookingId;
    private final BookingStatus status;

    BookingNotActive(long bookingId, BookingStatus status, String change) {
        super("booking " + bookingId + " is " + status.wireName() + "; it cannot be " + change);
        this.bookingId = bookingId;
        this.status = status;
    }

    BookingNotActive(long bookingId, BookingStatus status) {
        super("booking " + bookingId + " is already " + status.wireName());
        this.bookingId = bookingId;
        this.status = status;
    }

    /** Refused because the booking is {@code status}, read at {@code at} (a past end reads as completed). */
    static BookingNotActive refuse(Booking booking, BookingStatus target, String change, Instant at) {
        BookingStatus now = booking.asOf(at).status();
        return now == target ? new BookingNotActive(booking.id(), now) : new BookingNotActive(booking.id(), now, change);
    }

    public long bookingId() {
        return bookingId;
    }

    public BookingStatus status() {
        return status;
    }
}
