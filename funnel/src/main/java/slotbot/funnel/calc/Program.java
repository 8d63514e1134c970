package slotbot.funnel.calc;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Parsed code with every error found before running it: syntax errors (one per broken line),
 * unknown functions and wrong argument counts, in source order. A program with diagnostics can
 * still be run: lines with a syntax error are absent, and a line that calls an unknown function
 * only unsets its variable, so each error is reported once.
 */
public final class Program {

    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private final List<Stmt> statements;
    private final Set<Stmt> broken;
    private final Expr expression;
    private final List<Diagnostic> diagnostics;

    Program(List<Stmt> statements, Set<Stmt> broken, Expr expression, List<Diagnostic> diagnostics) {
        this.statements = List.copyOf(statements);
        this.broken = broken;
        this.expression = expression;
        this.diagnostics = diagnostics.stream().sorted(BY_POSITION).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean ok() {
        return diagnostics.isEmpty();
    }

    List<Stmt> statements() {
        return statements;
    }

    /** Statements that parsed but call an unknown function or pass a wrong number of arguments. */
    Set<Stmt> broken() {
        return broken;
    }

    /** The single expression of a program made by parseExpression; null otherwise. */
    Expr expression() {
        return expression;
    }

    @Override
    public String toString() {
        return "Program[" + statements.size() + " statements, diagnostics=" + diagnostics + "]";
    }
}
