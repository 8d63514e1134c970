package slotbot.funnel.calc;

/** A bot author's error at a place in the calculator code; line and column are 1-based. */
public record Diagnostic(int line, int column, String message) {

    @Override
    public String toString() {
        return "[" + line + ":" + column + "] " + message;
    }
}
