package slotbot.funnel.dialog;

import java.util.List;

/** What one input or timer did: the dialog after it, what to send, which timers to set, callbacks and the author's errors. */
public record Turn(Dialog dialog, List<Reply> replies, List<Timer> timers, List<Callback> callbacks, List<BotError> errors) {

    public Turn {
        replies = List.copyOf(replies);
        timers = List.copyOf(timers);
        callbacks = List.copyOf(callbacks);
        errors = List.copyOf(errors);
    }
}
