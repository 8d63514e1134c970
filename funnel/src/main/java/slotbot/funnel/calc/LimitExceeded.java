package slotbot.funnel.calc;

/** A bound of {@link Limits} was crossed: unlike other errors, it stops the whole run. */
final class LimitExceeded extends CalcException {

    LimitExceeded(String message) {
        super(message, null, null);
    }

    private LimitExceeded(String reason, Diagnostic diagnostic) {
        super(reason, diagnostic, null);
    }

    @Override
    CalcException at(int line, int column) {
        return new LimitExceeded(reason(), new Diagnostic(line, column, reason()));
    }
}
