package slotbot.app.errors;

import java.time.Duration;

/** A refusal the same request may overcome later: after {@link #retryAfter()} when that is known (null: not known). */
public abstract class RetryLater extends Refused {

    private final Duration retryAfter;

    protected RetryLater(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
