package slotbot.booking.calendar;

import slotbot.booking.catalog.Company;

/** The branch does not take online bookings now (switched off, or deactivated). */
public final class OnlineBookingOff extends BookingRefused {

    OnlineBookingOff(Company company) {
        super("branch \"" + company.name() + "\" does not take online bookings now");
    }
}
