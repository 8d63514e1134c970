package slotbot.app.errors;

/** A credential of a channel was given but is not the right one. */
public class Forbidden extends Refused {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
