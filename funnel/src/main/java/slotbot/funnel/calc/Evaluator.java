package slotbot.funnel.calc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Walks the tree. Every node costs a step; an error is positioned at the innermost node that
 * raised it. A failing statement is recorded and the next one runs; a crossed limit stops the run.
 * Left-associative chains (a + b + c…, a or b or c…, x[0][1]…) are walked with a loop rather
 * than recursion: the parser bounds bracket nesting, but a 2000-character line can hold a
 * thousand operators, and the runtime's threads may have small stacks.
 */
final class Evaluator implements Expr.Visitor<Object>, Stmt.Visitor<Object> {

    /** The run's errors, the value of its last bare expression (what golden files check) and the steps it took. */
    record Outcome(List<Diagnostic> errors, Object lastValue, long steps) {
    }

    private final FunctionLibrary library;
    private final Variables variables;
    private final Budget budget;
    private final CallContext context;

    Evaluator(FunctionLibrary library, Variables variables, CallContext context, Limits limits) {
        this.library = library;
        this.variables = variables;
        this.budget = new Budget(limits);
        this.context = context;
    }

    /** Runs {@code statements}; those in {@code broken} already have a diagnostic and only unset their variable. */
    Outcome run(List<Stmt> statements, Set<Stmt> broken) {
        List<Diagnostic> errors = new ArrayList<>();
        Object last = null;
        for (Stmt statement : statements) {
            if (broken.contains(statement)) {
                skip(statement);
                continue;
            }
            try {
                Object value = execute(statement);
                last = statement instanceof Stmt.Evaluate ? value : last;
            } catch (CalcException e) {
                errors.add(e.diagnostic().orElseThrow());
                if (e instanceof LimitExceeded) {
                    break;
                }
            }
        }
        return new Outcome(errors, last, budget.steps());
    }

    private void skip(Stmt statement) {
        if (statement instanceof Stmt.Assign assign && assign.dynamic() == null) {
            variables.remove(assign.name());
        }
    }

    private Object execute(Stmt statement) {
        try {
            budget.tick();
            return statement.accept(this);
        } catch (CalcException e) {
            throw e.positioned() ? e : e.at(statement.token());
        }
    }

    Object evaluate(Expr expr) {
        return at(expr, () -> expr.accept(this));
    }

    /** One step for {@code node}; an error without a position gets the node's. */
    private Object at(Expr node, Supplier<Object> work) {
        budget.tick();
        try {
            return work.get();
        } catch (CalcException e) {
            throw e.positioned() ? e : e.at(node.token());
        } catch (ArithmeticException e) {
            throw new CalcException("Number is out of range.").at(node.token());
        }
    }

    @Override
    public Object visitAssign(Stmt.Assign stmt) {
        String name = stmt.dynamic() == null ? stmt.name() : nameOf(stmt.dynamic());
        try {
            variables.set(name, evaluate(stmt.value()));
        } catch (CalcException e) {
            // A failed line leaves no stale value behind for later arrows to trust.
            variables.remove(name);
            throw e;
        }
        return null;
    }

    @Override
    public Object visitSetItem(Stmt.SetItem stmt) {
        String name = stmt.dynamic() == null ? stmt.name() : nameOf(stmt.dynamic());
        Object root = read(name);
        List<Object> keys = evaluateAll(stmt.keys());
        Object value = evaluate(stmt.value());
        variables.set(name, budget.check(Containers.set(root, keys, value, budget)));
        return null;
    }

    @Override
    public Object visitDelete(Stmt.Delete stmt) {
        String name = stmt.dynamic() == null ? stmt.name() : nameOf(stmt.dynamic());
        if (stmt.keys().isEmpty()) {
            variables.remove(name);
            return null;
        }
        Object root = read(name);
        List<Object> keys = evaluateAll(stmt.keys());
        variables.set(name, Containers.delete(root, keys, budget));
        return null;
    }

    @Override
    public Object visitEvaluate(Stmt.Evaluate stmt) {
        return evaluate(stmt.expression());
    }

    @Override
    public Object visitLiteral(Expr.Literal expr) {
        return expr.value();
    }

    @Override
    public Object visitVariable(Expr.Variable expr) {
        return read(expr.name());
    }

    /** A variable's value; one that is not set reads as None, as in the builder, but for its constants E and PI. */
    private Object read(String name) {
        if (variables.has(name)) {
            return variables.get(name);
        }
        return Constants.of(name);
    }

    @Override
    public Object visitDynamicVariable(Expr.DynamicVariable expr) {
        return read(nameOf(expr));
    }

    /** The name a {@code #{q#{i}}} stands for now: its pieces, each substitution by its value as text. */
    private String nameOf(Expr.DynamicVariable expr) {
        return at(expr, () -> joined(expr.parts())).toString();
    }

    /** A text with substitutions: each value inserted as text, never read as code. */
    @Override
    public Object visitTemplate(Expr.Template expr) {
        return joined(expr.parts());
    }

    private String joined(List<Object> parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            String piece = part instanceof Expr expr
                    ? Renderer.substitution(evaluate(expr), budget.limits().maxStringLength())
                    : (String) part;
            budget.checkLength((long) text.length() + piece.length());
            text.append(piece);
        }
        return text.toString();
    }

    @Override
    public Object visitUnary(Expr.Unary expr) {
        Object operand = evaluate(expr.operand());
        return switch (expr.token().type()) {
            case MINUS -> Operators.negate(operand);
            case PLUS -> Operators.plus(operand);
            default -> !Values.truthy(operand);
        };
    }

    @Override
    public Object visitBinary(Expr.Binary expr) {
        Deque<Expr.Binary> chain = new ArrayDeque<>();
        Expr innermost = expr;
        for (; innermost instanceof Expr.Binary binary; innermost = binary.left()) {
            chain.push(binary);
        }
        Object value = evaluate(innermost);
        // The outermost node is already counted and positioned by evaluate(); the inner ones are not.
        for (Expr.Binary binary : chain) {
            Object left = value;
            value = binary == expr ? apply(binary, left) : at(binary, () -> apply(binary, left));
        }
        return value;
    }

    private Object apply(Expr.Binary binary, Object left) {
        Object right = evaluate(binary.right());
        if (left instanceof String a && right instanceof String b) {
            budget.checkLength((long) a.length() + b.length());
        }
        return budget.check(Operators.apply(binary.token().type(), left, right));
    }

    /** Python's and/or: the deciding operand itself, the right one evaluated only when needed. */
    @Override
    public Object visitLogical(Expr.Logical expr) {
        Deque<Expr.Logical> chain = new ArrayDeque<>();
        Expr innermost = expr;
        for (; innermost instanceof Expr.Logical logical; innermost = logical.left()) {
            chain.push(logical);
        }
        Object value = evaluate(innermost);
        for (Expr.Logical logical : chain) {
            boolean decided = logical.token().is(TokenType.OR) == Values.truthy(value);
            value = decided ? value : evaluate(logical.right());
        }
        return value;
    }

    @Override
    public Object visitIndex(Expr.Index expr) {
        Deque<Expr.Index> chain = new ArrayDeque<>();
        Expr innermost = expr;
        for (; innermost instanceof Expr.Index index; innermost = index.target()) {
            chain.push(index);
        }
        Object value = evaluate(innermost);
        for (Expr.Index index : chain) {
            Object target = value;
            value = index == expr ? Containers.get(target, evaluate(index.key()))
                    : at(index, () -> Containers.get(target, evaluate(index.key())));
        }
        return value;
    }

    @Override
    public Object visitConditional(Expr.Conditional expr) {
        boolean condition = Values.truthy(evaluate(expr.condition()));
        return evaluate(condition ? expr.then() : expr.otherwise());
    }

    @Override
    public Object visitListLiteral(Expr.ListLiteral expr) {
        return budget.check(new ArrayList<>(evaluateAll(expr.items())));
    }

    @Override
    public Object visitDictLiteral(Expr.DictLiteral expr) {
        Map<Object, Object> dictionary = new LinkedHashMap<>();
        for (int i = 0; i < expr.keys().size(); i++) {
            dictionary.put(key(expr.keys().get(i)), evaluate(expr.values().get(i)));
        }
        return budget.check(dictionary);
    }

    private Object key(Expr expr) {
        Object key = evaluate(expr);
        try {
            return Keys.canonical(key);
        } catch (CalcException e) {
            throw e.at(expr.token());
        }
    }

    @Override
    public Object visitCall(Expr.Call expr) {
        FunctionLibrary.Entry entry = library.entry(expr.name());
        if (entry == null) {
            throw new CalcException(Checker.notInLibrary(library, expr.name()));
        }
        if (!Checker.accepts(entry, expr.arguments().size())) {
            throw new CalcException(Checker.arity(entry, expr.arguments().size()));
        }
        List<Object> args = Collections.unmodifiableList(evaluateAll(expr.arguments()));
        return budget.check(call(entry, args));
    }

    private Object call(FunctionLibrary.Entry entry, List<Object> args) {
        try {
            if (entry.standard() != null) {
                return entry.standard().apply(new Args(entry.name(), args, budget, context, variables));
            }
            // The caller's own context object: the runtime's functions may recognise it.
            return Values.normalize(entry.added().call(args, context));
        } catch (CalcException | ArithmeticException e) {
            throw e;
        } catch (RuntimeException e) {
            // A function's own bug must not end the dialog: the author sees which call failed.
            throw new CalcException("Function '" + entry.name() + "' failed unexpectedly.", null, e);
        }
    }

    private List<Object> evaluateAll(List<Expr> exprs) {
        List<Object> values = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            values.add(evaluate(expr));
        }
        return values;
    }
}
