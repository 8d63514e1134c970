package slotbot.booking.catalog;

import java.time.ZoneId;

/** A branch of the business (the seed's "филиал" or pipeline): its own address, time zone and online-booking switch. */
public record Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active) {

    /** Listed to clients and bookable by them. */
    public boolean takesOnlineBookings() {
        return active && onlineBooking;
    }
}
