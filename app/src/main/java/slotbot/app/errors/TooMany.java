package slotbot.app.errors;

import java.time.Duration;

/**
 * The caller asked too often; it may try again after {@link #retryAfter()}. {@link #limit()} names the limit
 * that refused it ({@code chat_sessions}, {@code chat_messages}, ...), a fixed name that the metrics count by.
 */
public class TooMany extends RetryLater {

    private final String limit;

    public TooMany(String limit, String message, Duration retryAfter) {
        super(message, retryAfter);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }

    @Override
    public Reason reason() {
        return Reason.TOO_MANY;
    }
}
