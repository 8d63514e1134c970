package slotbot.app.errors;

/** What the caller sent is malformed: the message names the field, the expected form and what was given. */
public class BadInput extends Refused {

    public BadInput(String message) {
        super(message);
    }

    @Override
    public Reason reason() {
        return Reason.MALFORMED;
    }
}
