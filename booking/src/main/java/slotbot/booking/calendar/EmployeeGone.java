package slotbot.booking.calendar;

/** The booking's employee has been deactivated since: the booking stays, but cannot move to a new time. */
public final class EmployeeGone extends BookingRefused {

    EmployeeGone(long bookingId) {
        super("the employee of booking " + bookingId + " no longer takes bookings");
    }
}
