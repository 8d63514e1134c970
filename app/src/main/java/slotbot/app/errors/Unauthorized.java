package slotbot.app.errors;

/** A credential of a channel (a webhook's secret) is missing or wrong. The API token is Spring Security's. */
public class Unauthorized extends Refused {

    public Unauthorized(String message) {
        super(message);
    }

    @Override
    public Reason reason() {
        return Reason.UNAUTHORIZED;
    }
}
