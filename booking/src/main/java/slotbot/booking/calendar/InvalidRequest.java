package slotbot.booking.calendar;

/**
 * The request names something that does not exist or cannot be booked as one visit: the caller's
 * mistake rather than the calendar's state. The message starts with the field it is about.
 */
public abstract sealed class InvalidRequest extends BookingRefused
        permits UnknownBranch, UnknownService, UnknownEmployee, VisitTooLong {

    InvalidRequest(String message) {
        super(message);
    }
}
