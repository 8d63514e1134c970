package slotbot.app.catalog;

import java.util.List;

/** What a deactivation did: the entry, and the upcoming bookings it kept (a branch's or an employee's, when forced). */
public record Deactivated(String kind, long id, List<Long> upcomingBookings) {

    /** "employee 512978 deactivated; its 1 upcoming booking is kept". */
    public String message() {
        int kept = upcomingBookings.size();
        return kind + " " + id + " deactivated"
                + (kept == 0 ? "" : "; its " + kept + " upcoming booking" + (kept == 1 ? " is" : "s are") + " kept");
    }
}
