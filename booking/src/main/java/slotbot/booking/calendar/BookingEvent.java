package slotbot.booking.calendar;

import java.time.Instant;

/**
 * What happened to a booking, told inside the transaction that does it. The funnel and the channels listen to these
 * and never reach into the calendar's internals. {@code callbackText} is what the client's dialog
 * receives (the seed's new_order_in_calendar line for a new booking); empty for the changes a client's
 * dialog is not told of (a confirmation, which the client made, and a no-show, which is the owner's note).
 */
public sealed interface BookingEvent {

    Booking booking();

    String callbackText();

    /**
     * {@code callbackQueued}: the store queued the callback for the client's dialogs with the booking itself (in the
     * booking's own statement), so a listener that queues callbacks leaves this one be.
     */
    record BookingCreated(Booking booking, String callbackText, boolean callbackQueued) implements BookingEvent {
    }

    record BookingMoved(Booking booking, Instant previousStart, String callbackText) implements BookingEvent {
    }

    /** {@code cancellation} says who cancelled, and why when they said. */
    record BookingCancelled(Booking booking, String callbackText, Cancellation cancellation) implements BookingEvent {
    }

    record BookingConfirmed(Booking booking) implements BookingEvent {

        @Override
        public String callbackText() {
            return "";
        }
    }

    record BookingMarkedNoShow(Booking booking) implements BookingEvent {

        @Override
        public String callbackText() {
            return "";
        }
    }
}
