package slotbot.funnel.calc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The pass after parsing: every call names a function of the library and passes a number of
 * arguments it accepts. Variables are not checked: they depend on the dialog at run time.
 * Visiting a node queues its children instead of recursing, so a chain of a thousand '+' in one
 * statement needs no deep stack.
 */
final class Checker implements Expr.Visitor<Void>, Stmt.Visitor<Void> {

    private final FunctionLibrary library;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Deque<Expr> pending = new ArrayDeque<>();

    Checker(FunctionLibrary library) {
        this.library = library;
    }

    /** The diagnostics of every statement; {@code broken} receives the statements that have some. */
    List<Diagnostic> check(List<Stmt> statements, Set<Stmt> broken) {
        for (Stmt statement : statements) {
            int before = errors.size();
            statement.accept(this);
            while (!pending.isEmpty()) {
                pending.pop().accept(this);
            }
            if (errors.size() > before) {
                broken.add(statement);
            }
        }
        return errors;
    }

    @Override
    public Void visitCall(Expr.Call expr) {
        FunctionLibrary.Entry entry = library.entry(expr.name());
        if (entry == null) {
            report(expr.token(), notInLibrary(library, expr.name()));
        } else if (!accepts(entry, expr.arguments().size())) {
            report(expr.token(), arity(entry, expr.arguments().size()));
        }
        expr.arguments().forEach(this::check);
        return null;
    }

    static boolean accepts(FunctionLibrary.Entry entry, int count) {
        return count >= entry.minArgs() && count <= entry.maxArgs();
    }

    static String arity(FunctionLibrary.Entry entry, int count) {
        return "Function '" + entry.name() + "' takes " + expected(entry) + ", got " + count + ".";
    }

    private static String expected(FunctionLibrary.Entry entry) {
        if (entry.maxArgs() == FunctionLibrary.VARARGS) {
            return "at least " + arguments(entry.minArgs());
        }
        if (entry.minArgs() == entry.maxArgs()) {
            return arguments(entry.minArgs());
        }
        return entry.minArgs() + " to " + entry.maxArgs() + " arguments";
    }

    private static String arguments(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }

    /** Why a call names no function of the library: a builder function we refuse (and why), or an unknown name. */
    static String notInLibrary(FunctionLibrary library, String name) {
        String refusal = Refused.why(name);
        if (refusal != null) {
            return refusal;
        }
        String near = Spelling.nearest(name, library.names());
        return "Unknown function '" + name + "'." + (near == null ? "" : " Did you mean '" + near + "'?");
    }

    private void report(Token token, String message) {
        errors.add(new Diagnostic(token.line(), token.column(), message));
    }

    private void check(Expr expr) {
        pending.push(expr);
    }

    @Override
    public Void visitAssign(Stmt.Assign stmt) {
        checkName(stmt.dynamic());
        check(stmt.value());
        return null;
    }

    @Override
    public Void visitSetItem(Stmt.SetItem stmt) {
        checkName(stmt.dynamic());
        stmt.keys().forEach(this::check);
        check(stmt.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete stmt) {
        checkName(stmt.dynamic());
        stmt.keys().forEach(this::check);
        return null;
    }

    private void checkName(Expr.DynamicVariable name) {
        if (name != null) {
            check(name);
        }
    }

    @Override
    public Void visitEvaluate(Stmt.Evaluate stmt) {
        check(stmt.expression());
        return null;
    }

    @Override
    public Void visitLiteral(Expr.Literal expr) {
        return null;
    }

    @Override
    public Void visitVariable(Expr.Variable expr) {
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary expr) {
        check(expr.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary expr) {
        check(expr.left());
        check(expr.right());
        return null;
    }

    @Override
    public Void visitLogical(Expr.Logical expr) {
        check(expr.left());
        check(expr.right());
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index expr) {
        check(expr.target());
        check(expr.key());
        return null;
    }

    @Override
    public Void visitConditional(Expr.Conditional expr) {
        check(expr.condition());
        check(expr.then());
        check(expr.otherwise());
        return null;
    }

    @Override
    public Void visitListLiteral(Expr.ListLiteral expr) {
        expr.items().forEach(this::check);
        return null;
    }

    @Override
    public Void visitDynamicVariable(Expr.DynamicVariable expr) {
        expr.parts().stream().filter(Expr.class::isInstance).map(Expr.class::cast).forEach(this::check);
        return null;
    }

    @Override
    public Void visitTemplate(Expr.Template expr) {
        expr.parts().stream().filter(Expr.class::isInstance).map(Expr.class::cast).forEach(this::check);
        return null;
    }

    @Override
    public Void visitDictLiteral(Expr.DictLiteral expr) {
        expr.keys().forEach(this::check);
        expr.values().forEach(this::check);
        return null;
    }
}
