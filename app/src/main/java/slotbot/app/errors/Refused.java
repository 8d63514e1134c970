package slotbot.app.errors;

import java.time.Duration;
import java.util.Map;

/**
 * A request the app will not carry out, for a reason the caller can act on: the one vocabulary of
 * refusals. Features throw these; {@code slotbot.app.web.ErrorAnswers} alone turns them into the
 * APIs' answer, {"status": false, "message": ...} and the status that goes with the reason.
 * A refusal is no fault: it carries no stack trace, and nothing is logged.
 */
public abstract class Refused extends RuntimeException {

    /** Why, in the caller's terms; the web edge maps each to its HTTP status. */
    public enum Reason { MALFORMED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY, BUSY }

    protected Refused(String message) {
        super(message, null, false, false);
    }

    public abstract Reason reason();

    /** The message of the answer: the exception's message, unless a refusal says it shorter for the caller. */
    public String answer() {
        return getMessage();
    }

    /** What the answer carries besides the message, by its JSON name ("errors", "bookings"), in order; mostly nothing. */
    public Map<String, Object> details() {
        return Map.of();
    }

    /** How long the caller should wait before trying again, when that is known. */
    public Duration retryAfter() {
        return null;
    }
}
