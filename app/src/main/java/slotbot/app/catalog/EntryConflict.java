package slotbot.app.catalog;

import java.util.List;

/** An edit refused because of the state of the data: an id already taken, bookings still to come (listed). */
public class EntryConflict extends RuntimeException {

    private final List<Long> bookings;

    EntryConflict(String message, List<Long> bookings) {
        super(message);
        this.bookings = List.copyOf(bookings);
    }

    public List<Long> bookings() {
        return bookings;
    }
}
