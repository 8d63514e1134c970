package slotbot.app.calendar;

import java.util.List;

/**
 * Told of the callback_outbox rows a booking statement wrote itself (on PostgreSQL, with the booking), so that each is
 * delivered right after the booking commits, as the rows the callback outbox writes are.
 */
@FunctionalInterface
public interface QueuedCallbacks {

    void queued(List<Row> rows);

    /** A callback_outbox row as written: its turn needs no more, so the delivery reads nothing back. */
    record Row(long id, String bot, String clientId, String text) {
    }
}
