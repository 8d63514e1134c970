package slotbot.booking.calendar;

/** No active employee of the branch (or not the one chosen) provides every service asked for. */
public final class NoEmployeeProvides extends BookingRefused {

    NoEmployeeProvides(Visit visit) {
        super("no employee of branch " + visit.catalog().company().id() + " provides " + visit.serviceTitles());
    }
}
