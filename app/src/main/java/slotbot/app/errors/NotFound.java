package slotbot.app.errors;

/** Nothing of that name or id: the message says what was looked for. */
public class NotFound extends Refused {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
