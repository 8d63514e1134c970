package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a value written as text, as the builder reads JSON in {@code append(list, '{"a": 1}', True)}
 * or {@code sum_array('[1,2,3]')}: numbers, texts, lists, dictionaries, true/false/null as JSON
 * writes them and True/False/None as Python does. Nothing else is read: no name, no call, no
 * operator, so a text is never run.
 */
final class Literals {

    private static final int MAX_LENGTH = 20_000;
    private static final Map<String, Object> CONSTANTS = new LinkedHashMap<>();

    static {
        CONSTANTS.put("true", Boolean.TRUE);
        CONSTANTS.put("false", Boolean.FALSE);
        CONSTANTS.put("null", null);
    }

    private Literals() {
    }

    /** The value the text writes, or empty when it is not such a literal. */
    static Optional<Object> read(String text, Budget budget) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Parser parser = new Parser(new Lexer(text).scan(), text, Limits.defaults());
        Expr expr = parser.singleExpression();
        if (expr == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(budget.check(value(expr, 0)));
        } catch (NotALiteral e) {
            return Optional.empty();
        }
    }

    private static final class NotALiteral extends RuntimeException {
        NotALiteral() {
            super(null, null, false, false);
        }
    }

    private static Object value(Expr expr, int depth) {
        if (depth > Values.MAX_DEPTH) {
            throw new NotALiteral();
        }
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expr instanceof Expr.Variable variable && CONSTANTS.containsKey(variable.name())) {
            return CONSTANTS.get(variable.name());
        }
        if (expr instanceof Expr.Unary unary && unary.token().is(TokenType.MINUS)
                && unary.operand() instanceof Expr.Literal literal && literal.value() instanceof BigDecimal number) {
            return number.negate();
        }
        if (expr instanceof Expr.ListLiteral list) {
            List<Object> items = new ArrayList<>();
            list.items().forEach(item -> items.add(value(item, depth + 1)));
            return items;
        }
        if (expr instanceof Expr.DictLiteral dict) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < dict.keys().size(); i++) {
                Object key = value(dict.keys().get(i), depth + 1);
                if (!(key instanceof String) && !(key instanceof BigDecimal)) {
                    throw new NotALiteral();
                }
                map.put(Keys.canonical(key), value(dict.values().get(i), depth + 1));
            }
            return map;
        }
        throw new NotALiteral();
    }
}
