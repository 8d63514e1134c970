package slotbot.funnel.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculator values are plain Java objects: BigDecimal, String, Boolean, null (None),
 * List&lt;Object&gt; and Map&lt;Object, Object&gt; (keys are texts or numbers). This class turns other Java
 * values into those and holds the rules every stage shares: truth, equality, type names.
 */
public final class Values {

    /** Deeper values are refused: every recursive walk over a value stays far from the stack's end. */
    static final int MAX_DEPTH = 100;

    private Values() {
    }

    /**
     * Long/Integer/Double → BigDecimal, List/Set/array → a mutable ArrayList, Map → a LinkedHashMap,
     * each item normalized. Throws CalcException for a value the calculator cannot hold
     * (NaN, a date object, a map key that is not a text or number, nesting deeper than 100).
     */
    public static Object normalize(Object javaValue) {
        return normalize(javaValue, 0);
    }

    private static Object normalize(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new CalcException("Value is nested too deeply: more than " + MAX_DEPTH + " levels.");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return Numbers.of(number);
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        return container(value, depth);
    }

    private static Object container(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(Keys.canonical(normalize(key, depth + 1)), normalize(item, depth + 1)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(item -> copy.add(normalize(item, depth + 1)));
            return copy;
        }
        if (value instanceof Object[] array) {
            return normalize(Arrays.asList(array), depth);
        }
        throw new CalcException("Cannot use " + typeName(value) + " as a calculator value.");
    }

    /**
     * The value a text writes as a literal, JSON's or Python's ({@code '{"a": [1, true]}'}), or empty
     * when it writes none: only literals are read, never names, calls or operators.
     */
    public static java.util.Optional<Object> literal(String text) {
        return Literals.read(text.strip(), new Budget(Limits.defaults()));
    }

    /** Python's truth: None, False, 0, '', [] and {} are false; everything else is true. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return Numbers.of(number).signum() != 0;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return !(value instanceof Map<?, ?> map) || !map.isEmpty();
    }

    /** ==: numbers by value, a number equals a text holding the same number, containers item by item. */
    static boolean equal(Object left, Object right) {
        return equal(left, right, 0);
    }

    private static boolean equal(Object left, Object right, int depth) {
        if (depth > MAX_DEPTH) {
            throw new LimitExceeded("Value is nested too deeply: more than " + MAX_DEPTH + " levels.");
        }
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number || right instanceof Number) {
            return numericEqual(left, right);
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            return listsEqual(a, b, depth);
        }
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            return mapsEqual(a, b, depth);
        }
        return left.equals(right);
    }

    private static boolean numericEqual(Object left, Object right) {
        if (left instanceof Boolean || right instanceof Boolean) {
            return false;
        }
        var a = Numbers.numeric(left);
        var b = Numbers.numeric(right);
        return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
    }

    private static boolean listsEqual(List<?> a, List<?> b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            Object key = Keys.find(b, entry.getKey());
            if (key == Keys.ABSENT || !equal(entry.getValue(), b.get(key), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** How error messages name a value's type: "a number", "a list", "None". */
    static String typeName(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value instanceof Map<?, ?> ? "a dictionary" : "a " + value.getClass().getSimpleName();
    }
}
