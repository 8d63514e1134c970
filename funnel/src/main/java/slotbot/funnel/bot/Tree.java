package slotbot.funnel.bot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One object of a bot file (a map as a YAML or JSON reader gives it) with its place in the file:
 * reads fields by the form they must have and records every problem rather than stopping.
 */
final class Tree {

    private final Map<?, ?> map;
    private final String where;
    private final List<String> problems;

    Tree(Map<?, ?> map, String where, List<String> problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
    }

    /** A nested object that reports into the same list of problems. */
    Tree child(Map<?, ?> child, String childWhere) {
        return new Tree(child, childWhere, problems);
    }

    String where() {
        return where;
    }

    void problem(String field, String message) {
        problems.add(where + (field.isEmpty() ? "" : ", " + field) + ": " + message);
    }

    void allowOnly(Set<String> fields) {
        for (Object key : map.keySet()) {
            if (!fields.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field; expected one of " + fields.stream().sorted().toList());
            }
        }
    }

    boolean has(String field) {
        return map.get(field) != null;
    }

    Object raw(String field) {
        return map.get(field);
    }

    /** A scalar as text (a YAML number such as 7.1 is a fine block id); null when absent. */
    String text(String field, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                problem(field, "required");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problem(field, "expected a text, got " + show(value));
            return null;
        }
        return value instanceof Double || value instanceof BigDecimal ? new BigDecimal(value.toString()).toPlainString() : value.toString();
    }

    boolean flag(String field, boolean defaultValue) {
        Object value = map.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problem(field, "expected true or false, got " + show(value));
        return defaultValue;
    }

    int integer(String field, int defaultValue, int min, int max) {
        Object value = map.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.intValue();
        }
        problem(field, "expected a whole number from " + min + " to " + max + ", got " + show(value));
        return defaultValue;
    }

    Tree object(String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            return new Tree(m, where + ", " + field, problems);
        }
        problem(field, "expected an object with fields, got " + show(value));
        return null;
    }

    /** The items of a list field; absent means empty. */
    List<Object> list(String field) {
        Object value = map.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        problem(field, "expected a list, got " + show(value));
        return List.of();
    }

    static String show(Object value) {
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
