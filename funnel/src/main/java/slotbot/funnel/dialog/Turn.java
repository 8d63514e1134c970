package slotbot.funnel.dialog;

import java.util.List;

/**
 * What one input or timer did: the dialog after it, what to send, which timers to set, callbacks,
 * the author's errors, and what it changed beyond its dialog (project variables, other clients' variables).
 */
public record Turn(Dialog dialog, List<Reply> replies, List<Timer> timers, List<Callback> callbacks, List<BotError> errors,
                   SharedChanges shared) {

    public Turn {
        replies = List.copyOf(replies);
        timers = List.copyOf(timers);
        callbacks = List.copyOf(callbacks);
        errors = List.copyOf(errors);
    }

    public Turn(Dialog dialog, List<Reply> replies, List<Timer> timers, List<Callback> callbacks, List<BotError> errors) {
        this(dialog, replies, timers, callbacks, errors, SharedChanges.NONE);
    }
}
