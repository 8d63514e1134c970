package slotbot.app.dialog;

import java.util.List;

/**
 * A function bot code may call that a feature of the app answers, beside the funnel's library and the booking
 * functions (the demo payments' {@code cancel_unpaid_booking}). It runs inside the dialog's turn and its transaction:
 * a row it locks stays locked until the turn commits.
 */
public interface DialogFunction {

    String name();

    int minArgs();

    int maxArgs();

    /** The answer for the dialog's client, as plain values: maps, lists, strings, numbers, booleans. */
    Object call(List<Object> args, String clientId);
}
