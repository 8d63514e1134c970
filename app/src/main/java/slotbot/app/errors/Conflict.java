package slotbot.app.errors;

/** The request is well formed but the state of things does not allow it now (a taken time, upcoming bookings). */
public class Conflict extends Refused {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
