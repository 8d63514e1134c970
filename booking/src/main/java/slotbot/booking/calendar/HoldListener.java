package slotbot.booking.calendar;

import slotbot.booking.availability.Hold;

/**
 * Told of each start held for a waiting client, inside the transaction that holds it: the app sends the client's
 * dialogs {@code callbackText} and sees that the hold ends at {@code hold.expiresAt()} (a due-time job that calls
 * {@link Waitlist#expire}). A listener that writes commits or rolls back with the hold.
 */
@FunctionalInterface
public interface HoldListener {

    HoldListener NONE = (hold, callbackText) -> { };

    void held(Hold hold, String callbackText);
}
