package slotbot.app.catalog;

import slotbot.app.web.HostileText;
import slotbot.app.web.HostileText.Form;
import slotbot.app.web.JsonBodies;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One object of a catalog file with its path: reads fields by the form they must have and records
 * every problem instead of stopping at the first, so the author sees them all at once.
 */
final class Node {

    private final JsonNode json;
    private final String path;
    private final List<CatalogRefused.Problem> problems;

    Node(JsonNode json, String path, List<CatalogRefused.Problem> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String where, String message) {
        problems.add(new CatalogRefused.Problem(where, message));
    }

    /** Reports fields this object may not have: a typo ("prise") must not pass silently. */
    void allowOnly(Set<String> fields) {
        for (String name : json.propertyNames()) {
            if (!fields.contains(name)) {
                problem(at(name), "unknown field; expected one of " + fields.stream().sorted().toList());
            }
        }
    }

    JsonNode raw(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value;
    }

    Long optionalId(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().strip().matches("\\d{1,18}") && Long.parseLong(value.stringValue().strip()) > 0) {
            return Long.parseLong(value.stringValue().strip());
        }
        problem(at(field), "expected a positive integer id, got " + show(value));
        return null;
    }

    /** An id or a name: one line without control characters. */
    String name(String field, boolean required, int maxLength) {
        return text(field, required, maxLength, Form.NAME);
    }

    /** Free text (an address, a description): line breaks are fine, other control characters not. */
    String text(String field, boolean required, int maxLength) {
        return text(field, required, maxLength, Form.TEXT);
    }

    private String text(String field, boolean required, int maxLength, Form form) {
        JsonNode value = raw(field);
        if (value == null) {
            if (required) {
                problem(at(field), "required, expected a text of 1 to " + maxLength + " characters");
            }
            return required ? null : "";
        }
        if (!value.isValueNode() || value.isBoolean()) {
            problem(at(field), "expected a text, got " + show(value));
            return null;
        }
        String text = value.asString().strip();
        if ((required && text.isEmpty()) || text.length() > maxLength) {
            problem(at(field), "expected a text of " + (required ? 1 : 0) + " to " + maxLength + " characters, got "
                    + show(value));
            return null;
        }
        String refusal = HostileText.refusal(text, form);
        if (refusal != null) {
            problem(at(field), refusal);
            return null;
        }
        return text;
    }

    boolean flag(String field, boolean defaultValue) {
        JsonNode value = raw(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            problem(at(field), "expected true or false, got " + show(value));
            return defaultValue;
        }
        return value.booleanValue();
    }

    Integer integer(String field, int min, int max) {
        JsonNode value = raw(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            problem(at(field), "expected a whole number from " + min + " to " + max + ", got " + show(value));
            return null;
        }
        return value.intValue();
    }

    /** A non-negative amount with at most two decimals, as a number or a numeric text. */
    BigDecimal money(String field) {
        JsonNode value = raw(field);
        BigDecimal amount = null;
        if (value != null && value.isNumber()) {
            amount = JsonBodies.exactDecimal(value);
        } else if (value != null && value.isString() && value.stringValue().strip().matches("\\d{1,10}(\\.\\d{1,2})?")) {
            amount = new BigDecimal(value.stringValue().strip());
        }
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            problem(at(field), "expected an amount such as 1500 or 990.50 (not negative, at most 2 decimals), got "
                    + show(value));
            return null;
        }
        return amount;
    }

    /** The objects of a list field, each with its path; absent means empty. */
    List<Node> objects(String field, boolean required) {
        JsonNode value = raw(field);
        List<Node> nodes = new ArrayList<>();
        if (value == null) {
            if (required) {
                problem(at(field), "required, expected a list");
            }
            return nodes;
        }
        if (!value.isArray()) {
            problem(at(field), "expected a list, got " + show(value));
            return nodes;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String where = at(field) + "[" + i + "]";
            if (item.isObject()) {
                nodes.add(new Node(item, where, problems));
            } else {
                problem(where, "expected an object with fields, got " + show(item));
            }
        }
        return nodes;
    }

    /** A nested object field, or null (reported when required). */
    Node object(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(at(field), "expected an object with fields, got " + show(value));
            return null;
        }
        return new Node(value, at(field), problems);
    }

    List<String> propertyNames() {
        return new ArrayList<>(json.propertyNames());
    }

    static String show(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
