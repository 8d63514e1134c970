package slotbot.app.catalog;

import slotbot.app.errors.Conflict;

import java.util.List;
import java.util.Map;

/** An edit refused because of the state of the data: an id already taken, bookings still to come (listed). */
public class EntryConflict extends Conflict {

    private final List<Long> bookings;

    EntryConflict(String message, List<Long> bookings) {
        super(message);
        this.bookings = List.copyOf(bookings);
    }

    public List<Long> bookings() {
        return bookings;
    }

    /** The bookings in the way, when some are. */
    @Override
    public Map<String, Object> details() {
        return bookings.isEmpty() ? Map.of() : Map.of("bookings", bookings);
    }
}
