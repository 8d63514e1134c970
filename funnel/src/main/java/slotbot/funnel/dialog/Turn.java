package slotbot.funnel.dialog;

import java.util.List;

/**
 * What one input or timer did: the dialog after it, what to send, which timers to set, callbacks, the author's
 * errors, what it changed beyond its dialog (project variables, other clients' variables), and the blocks it
 * entered in order (what the funnel's statistics count).
 */
public record Turn(Dialog dialog, List<Reply> replies, List<Timer> timers, List<Callback> callbacks, List<BotError> errors,
                   SharedChanges shared, List<Entered> entered) {

    public Turn {
        replies = List.copyOf(replies);
        timers = List.copyOf(timers);
        callbacks = List.copyOf(callbacks);
        errors = List.copyOf(errors);
        entered = List.copyOf(entered);
    }

    public Turn(Dialog dialog, List<Reply> replies, List<Timer> timers, List<Callback> callbacks, List<BotError> errors) {
        this(dialog, replies, timers, callbacks, errors, SharedChanges.NONE, List.of());
    }

    /** A block the turn entered; {@code booked} when that block's code booked the client (create_booking succeeded). */
    public record Entered(String block, boolean booked) {
    }
}
