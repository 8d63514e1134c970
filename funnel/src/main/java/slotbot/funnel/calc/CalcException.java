package slotbot.funnel.calc;

import java.util.Optional;

/**
 * A bot author's error. Functions throw it without a position; the evaluator re-throws it
 * positioned, and then {@link #getMessage()} reads "[line:col] reason".
 */
public class CalcException extends RuntimeException {

    private final String reason;
    private final transient Diagnostic diagnostic;

    public CalcException(String message) {
        this(message, null, null);
    }

    CalcException(String reason, Diagnostic diagnostic, Throwable cause) {
        // No stack trace: these are expected outcomes of a bot's code, thrown often by fuzzed input.
        super(diagnostic == null ? reason : diagnostic.toString(), cause, false, false);
        this.reason = reason;
        this.diagnostic = diagnostic;
    }

    /** The message without a position. */
    public String reason() {
        return reason;
    }

    /** Where the error happened, once the evaluator knows. */
    public Optional<Diagnostic> diagnostic() {
        return Optional.ofNullable(diagnostic);
    }

    boolean positioned() {
        return diagnostic != null;
    }

    /** This error placed at a line and column; overridden so a limit stays a limit. */
    CalcException at(int line, int column) {
        return new CalcException(reason, new Diagnostic(line, column, reason), getCause());
    }

    CalcException at(Token token) {
        return at(token.line(), token.column());
    }
}
