package slotbot.app.telegram;

/** A Bot API call that did not succeed: refused for good, or still failing after the retries. */
final class BotApiCallFailed extends Exception {

    private final Integer code;

    /** @param code the Bot API's error code (an HTTP status), or null when no answer came at all */
    BotApiCallFailed(String message, Integer code) {
        super(message);
        this.code = code;
    }

    Integer code() {
        return code;
    }

    /** Telegram said no to this very call (a 4xx other than 429): sending it again would change nothing. */
    boolean refused() {
        return code != null && code >= 400 && code < 500 && code != 429;
    }
}
