package slotbot.funnel.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The calculator language: {@code Lexer → Parser → Checker → Evaluator}. Thread-safe and
 * reusable; each run gets its own budget. See docs/calculator.md for the language.
 */
public final class Calculator {

    private final FunctionLibrary library;
    private final Limits limits;

    public Calculator(FunctionLibrary library, Limits limits) {
        this.library = Objects.requireNonNull(library, "library");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A block's code. Never throws: every error is in {@link Program#diagnostics()}. */
    public Program parse(String code) {
        String source = code == null ? "" : code;
        Parser parser = new Parser(new Lexer(source).scan(), source, limits);
        List<Stmt> statements = parser.program();
        Set<Stmt> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        return new Program(statements, broken, null, checked(parser.errors(), statements, broken));
    }

    /** A single expression, such as an arrow's condition {@code booking_result == True}. */
    public Program parseExpression(String expression) {
        String source = expression == null ? "" : expression;
        Parser parser = new Parser(new Lexer(source).scan(), source, limits);
        Expr expr = parser.singleExpression();
        List<Stmt> statements = expr == null ? List.of() : List.of(new Stmt.Evaluate(expr));
        Set<Stmt> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        return new Program(statements, broken, expr, checked(parser.errors(), statements, broken));
    }

    private List<Diagnostic> checked(List<Diagnostic> syntax, List<Stmt> statements, Set<Stmt> broken) {
        List<Diagnostic> all = new ArrayList<>(syntax);
        all.addAll(new Checker(library).check(statements, broken));
        return all;
    }

    /**
     * Runs the program top to bottom. A failing line is recorded with its position, its variable
     * is removed (so no stale value survives), and the next line runs; a crossed limit ends the
     * run. Lines already in {@link Program#diagnostics()} are skipped and not reported again.
     */
    public Run run(Program program, Variables variables, CallContext context) {
        return new Run(execute(program, variables, context).errors());
    }

    Evaluator.Outcome execute(Program program, Variables variables, CallContext context) {
        return evaluator(variables, context).run(program.statements(), program.broken());
    }

    /**
     * The value of a program made by {@link #parseExpression}. Throws CalcException, its message
     * starting "[line:col]", for a syntax error or an error while evaluating.
     */
    public Object evaluate(Program expression, Variables variables, CallContext context) {
        if (!expression.ok()) {
            Diagnostic first = expression.diagnostics().get(0);
            throw new CalcException(first.message(), first, null);
        }
        if (expression.expression() == null) {
            throw new IllegalArgumentException("evaluate takes a program made by parseExpression");
        }
        return evaluator(variables, context).evaluate(expression.expression());
    }

    private Evaluator evaluator(Variables variables, CallContext context) {
        return new Evaluator(library, Objects.requireNonNull(variables, "variables"),
                Objects.requireNonNull(context, "context"), limits);
    }
}
