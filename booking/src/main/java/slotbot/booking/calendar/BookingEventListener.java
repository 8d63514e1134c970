package slotbot.booking.calendar;

/**
 * Told of every booking change inside the transaction that makes it: a listener that writes (an
 * outbox row, a notification) commits or rolls back with the booking itself.
 */
@FunctionalInterface
public interface BookingEventListener {

    BookingEventListener NONE = event -> { };

    void on(BookingEvent event);
}
