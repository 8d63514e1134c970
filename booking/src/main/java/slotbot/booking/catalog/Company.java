package slotbot.booking.catalog;

import java.time.ZoneId;

/**
 * A branch of the business (the seed's "филиал" or pipeline): its own address, time zone, online-booking
 * switch, booking window, and the reminders and follow-ups it sends its clients.
 */
public record Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active,
                      BookingRules rules, Reminders reminders) {

    /** A branch with the default booking window. */
    public Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active) {
        this(id, name, address, onlineBooking, zone, active, BookingRules.DEFAULT);
    }

    /** A branch that sends no reminders. */
    public Company(long id, String name, String address, boolean onlineBooking, ZoneId zone, boolean active,
                   BookingRules rules) {
        this(id, name, address, onlineBooking, zone, active, rules, Reminders.NONE);
    }

    /** Listed to clients and bookable by them. */
    public boolean takesOnlineBookings() {
        return active && onlineBooking;
    }
}
