package slotbot.booking.functions;

/** A caller's argument is malformed or names nothing that exists; the message says which, what was expected, what was given. */
public class InvalidArgument extends RuntimeException {

    public InvalidArgument(String parameter, String expected, Object given) {
        super(parameter + ": expected " + expected + ", got " + ArgumentForms.describe(given));
    }

    public InvalidArgument(String message) {
        super(message);
    }
}
