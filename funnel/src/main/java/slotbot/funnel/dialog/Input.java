package slotbot.funnel.dialog;

/** What reaches a dialog: the client's message (typed, or a button's label) or a callback. */
public record Input(String text, Kind kind) {

    public enum Kind { MESSAGE, CALLBACK }

    public static Input message(String text) {
        return new Input(text, Kind.MESSAGE);
    }

    public static Input callback(String text) {
        return new Input(text, Kind.CALLBACK);
    }
}
