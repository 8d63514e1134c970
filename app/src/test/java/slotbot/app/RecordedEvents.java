package slotbot.app;

import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every booking event the app publishes, for tests to look at. */
public final class RecordedEvents implements BookingEventListener {

    private final List<BookingEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(BookingEvent event) {
        events.add(event);
    }

    public List<BookingEvent> all() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
