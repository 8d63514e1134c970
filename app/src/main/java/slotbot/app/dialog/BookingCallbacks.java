package slotbot.app.dialog;

import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;

/**
 * Sends each booking change to the booking client's dialogs as a callback (the seed's
 * new_order_in_calendar line and its siblings), through the outbox in the booking's own
 * transaction: no booking commits without its callback on the way. A change without a callback text
 * (a confirmation, a no-show) is not the dialog's business.
 */
final class BookingCallbacks implements BookingEventListener {

    private final CallbackOutbox outbox;

    BookingCallbacks(CallbackOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void on(BookingEvent event) {
        if (event.callbackText().isEmpty()
                || event instanceof BookingEvent.BookingCreated created && created.callbackQueued()) {
            return; // nothing to tell, or the booking's own statement queued it already (PostgreSQL)
        }
        outbox.add(null, event.booking().clientId(), event.callbackText());
    }
}
