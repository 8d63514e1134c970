package slotbot.booking.calendar;

/** The services asked for last longer than {@link Booking#MAX_LENGTH}, the longest a visit may be. */
public final class VisitTooLong extends InvalidRequest {

    VisitTooLong(int minutes) {
        super("service_ids: expected services that fit in one day, got " + minutes + " minutes in all");
    }
}
