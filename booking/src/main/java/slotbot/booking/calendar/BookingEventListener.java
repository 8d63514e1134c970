package slotbot.booking.calendar;

/** Told of every booking change once it is committed. */
@FunctionalInterface
public interface BookingEventListener {

    BookingEventListener NONE = event -> { };

    void on(BookingEvent event);
}
