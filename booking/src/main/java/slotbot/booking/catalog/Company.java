package slotbot.booking.catalog;

import java.time.ZoneId;

/**
 * A branch of the business (the seed's "филиал" or pipeline): its own address, time zone, online-booking
 * switch and booking window.
 */
public record Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active,
                      BookingRules rules) {

    /** A branch with the default booking window. */
    public Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active) {
        this(id, name, address, onlineBooking, zone, active, BookingRules.DEFAULT);
    }

    /** Listed to clients and bookable by them. */
    public boolean takesOnlineBookings() {
        return active && onlineBooking;
    }
}
