package slotbot.app.catalog;

import slotbot.app.text.JsonValues;
import slotbot.app.catalog.CatalogRefused.Problem;
import slotbot.app.text.HostileText;
import slotbot.app.text.HostileText.Form;
import slotbot.app.web.JsonBodies;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One object of a YAML or JSON document with its path ({@code companies[0].services[2]}), read by the
 * form each field must have. Every problem is recorded, none stops the walk, so an author sees them
 * all at once. A field that nothing read is reported as unknown: a typo ("prise") must not pass silently.
 */
final class Node {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final JsonNode json;
    private final String path;
    private final Walk walk;
    private final int firstProblem;
    private final Set<String> known = new LinkedHashSet<>();

    private Node(JsonNode json, String path, Walk walk) {
        this.json = json;
        this.path = path;
        this.walk = walk;
        this.firstProblem = walk.problems.size();
        walk.nodes.add(this);
    }

    /** The whole document's root object; its walk collects the problems of every node under it. */
    static Node root(JsonNode json, String path) {
        return new Node(json, path, new Walk());
    }

    /** Every problem found, a node's unknown fields first among its own, as if they had been checked first. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(walk.problems);
        for (int i = walk.nodes.size() - 1; i >= 0; i--) {
            Node node = walk.nodes.get(i);
            all.addAll(node.firstProblem, node.unknownFields());
        }
        return all;
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String where, String message) {
        walk.problems.add(new Problem(where, message));
    }

    /** Fields this object may carry without anyone reading them here. */
    void allow(String... fields) {
        known.addAll(List.of(fields));
    }

    /** Whether the field is given, not null; reading nothing, so an unread one is still reported unknown. */
    boolean has(String field) {
        JsonNode value = json.get(field);
        return value != null && !value.isNull();
    }

    List<String> fieldNames() {
        return new ArrayList<>(json.propertyNames());
    }

    /** The value of a field, null when absent or null. */
    JsonNode raw(String field) {
        known.add(field);
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value;
    }

    Long optionalId(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        Long id = idOf(value);
        if (id == null) {
            problem(at(field), "expected a positive integer id, got " + show(value));
        }
        return id;
    }

    /** A positive id written as a number or as digits, or null. */
    static Long idOf(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        String digits = value.isString() ? value.stringValue().strip() : "";
        return digits.matches("\\d{1,18}") && Long.parseLong(digits) > 0 ? Long.parseLong(digits) : null;
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
            return absent(field, required, "a text of 1 to " + maxLength + " characters", "");
        }
        String text = value.isValueNode() && !value.isBoolean() ? value.asString().strip() : null;
        if (text == null || (required && text.isEmpty()) || text.length() > maxLength) {
            problem(at(field), "expected a text of " + (required ? 1 : 0) + " to " + maxLength + " characters, got " + show(value));
            return null;
        }
        String refusal = HostileText.refusal(text, form);
        if (refusal != null) {
            problem(at(field), refusal);
            return null;
        }
        return text;
    }

    /** One of a few words, such as a category's type. */
    String choice(String field, List<String> words) {
        JsonNode value = raw(field);
        if (value != null && value.isString() && words.contains(value.stringValue())) {
            return value.stringValue();
        }
        problem(at(field), (value == null ? "required, expected " : "expected ") + String.join(" or ", words)
                + ", got " + show(value));
        return null;
    }

    /** A time zone id; absent, null or blank is the default. */
    String zone(String field, ZoneId defaultZone) {
        JsonNode value = raw(field);
        String text = value != null && value.isString() ? value.stringValue().strip() : null;
        if (value == null || "".equals(text)) {
            return defaultZone.getId();
        }
        try {
            if (text != null && text.length() <= 64) {
                return ZoneId.of(text).getId();
            }
        } catch (DateTimeException e) {
            // refused below, with the value given
        }
        problem(at(field), "expected a time zone such as Europe/Moscow, got " + show(value));
        return defaultZone.getId();
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

    /** A required whole number within bounds; 0 after a problem. */
    int integer(String field, int min, int max) {
        JsonNode value = raw(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            problem(at(field), "expected a whole number from " + min + " to " + max + ", got " + show(value));
            return 0;
        }
        return value.intValue();
    }

    /** A whole number within bounds, {@code defaultValue} when absent or null. */
    int integer(String field, int min, int max, int defaultValue) {
        return json.get(field) == null || json.get(field).isNull() ? absentInteger(field, defaultValue) : integer(field, min, max);
    }

    private int absentInteger(String field, int defaultValue) {
        known.add(field);
        return defaultValue;
    }

    /** A duration written {@code 90m}, {@code 2h} or {@code 7d} (or 0), at most {@code max}; the default when absent or null. */
    Duration duration(String field, Duration defaultValue, Duration max) {
        JsonNode value = raw(field);
        if (value == null) {
            return defaultValue;
        }
        Duration duration = value.isIntegralNumber() && value.canConvertToInt() && value.intValue() == 0 ? Duration.ZERO
                : value.isString() ? BookingRulesEntry.parse(value.stringValue()) : null;
        if (duration == null || duration.compareTo(max) > 0) {
            problem(at(field), "expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most "
                    + max.toDays() + "d), got " + show(value));
            return defaultValue;
        }
        return duration;
    }

    /**
     * A list of distinct durations above zero, each at most {@code max}, and at most {@code maxCount} of them;
     * absent or null is empty. {@code example}: {@code ["24h", "2h"]}.
     */
    List<Duration> durations(String field, Duration max, int maxCount, String example) {
        List<Duration> durations = new ArrayList<>();
        JsonNode list = raw(field);
        if (list != null && (!list.isArray() || list.size() > maxCount)) {
            problem(at(field), "expected a list of at most " + maxCount + " durations such as " + example + ", got " + show(list));
            return durations;
        }
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode item = list.get(i);
            Duration duration = item.isString() ? BookingRulesEntry.parse(item.stringValue()) : null;
            if (duration == null || duration.isZero() || duration.compareTo(max) > 0) {
                problem(at(field) + "[" + i + "]", "expected a duration above 0 such as 90m, 2h or 7d (minutes, hours or days,"
                        + " at most " + max.toDays() + "d), got " + show(item));
            } else if (durations.contains(duration)) {
                problem(at(field) + "[" + i + "]", show(item) + " is listed twice");
            } else {
                durations.add(duration);
            }
        }
        return durations;
    }

    /** A non-negative amount with at most two decimals, as a number or a numeric text. */
    BigDecimal money(String field) {
        JsonNode value = raw(field);
        BigDecimal amount = value == null ? null : amountOf(value);
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            problem(at(field), "expected an amount such as 1500 or 990.50 (not negative, at most 2 decimals), got " + show(value));
            return null;
        }
        return amount;
    }

    private static BigDecimal amountOf(JsonNode value) {
        if (value.isNumber()) {
            return JsonValues.exactDecimal(value);
        }
        String text = value.isString() ? value.stringValue().strip() : "";
        return text.matches("\\d{1,10}(\\.\\d{1,2})?") ? new BigDecimal(text) : null;
    }

    /** A list of distinct positive ids; absent or null is empty. */
    List<Long> ids(String field, String example) {
        List<Long> ids = new ArrayList<>();
        JsonNode list = raw(field);
        if (list != null && !list.isArray()) {
            problem(at(field), "expected a list of ids such as " + example + ", got " + show(list));
        }
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            Long id = idOf(list.get(i));
            if (id == null) {
                problem(at(field) + "[" + i + "]", "expected a positive integer id, got " + show(list.get(i)));
            } else if (ids.contains(id)) {
                problem(at(field) + "[" + i + "]", id + " is listed twice");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The texts of a list field, each with its path; absent or null is empty. {@code what}: "of intervals such as [...]". */
    List<Item> texts(String field, String what) {
        JsonNode list = raw(field);
        List<Item> items = new ArrayList<>();
        if (list != null && !list.isArray()) {
            problem(at(field), "expected a list " + what + ", got " + show(list));
        }
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            JsonNode item = list.get(i);
            items.add(new Item(at(field) + "[" + i + "]", item.isString() ? item.stringValue() : item.toString()));
        }
        return items;
    }

    /** One text of a list with its path. */
    record Item(String path, String text) {
    }

    /** The objects of a list field, each with its path; absent means empty. */
    List<Node> objects(String field, boolean required) {
        JsonNode value = raw(field);
        List<Node> nodes = new ArrayList<>();
        if (value == null || !value.isArray()) {
            absent(field, required || value != null, "a list", null);
            return nodes;
        }
        for (int i = 0; i < value.size(); i++) {
            Node item = object(value.get(i), at(field) + "[" + i + "]");
            if (item != null) {
                nodes.add(item);
            }
        }
        return nodes;
    }

    /** A nested object field, or null when absent. */
    Node object(String field) {
        JsonNode value = raw(field);
        return value == null ? null : object(value, at(field));
    }

    private Node object(JsonNode value, String where) {
        if (!value.isObject()) {
            problem(where, "expected an object with fields, got " + show(value));
            return null;
        }
        return new Node(value, where, walk);
    }

    private <T> T absent(String field, boolean required, String expected, T otherwise) {
        JsonNode given = json.get(field);
        if (given != null && !given.isNull()) {
            problem(at(field), "expected " + expected + ", got " + show(given));
        } else if (required) {
            problem(at(field), "required, expected " + expected);
        }
        return required ? null : otherwise;
    }

    private List<Problem> unknownFields() {
        List<Problem> unknown = new ArrayList<>();
        for (String name : json.propertyNames()) {
            if (!known.contains(name)) {
                unknown.add(new Problem(at(name), "unknown field; expected one of " + known.stream().sorted().toList()));
            }
        }
        return unknown;
    }

    static String show(JsonNode value) {
        return JsonBodies.show(value);
    }

    /** What the nodes of one document share: the problems found so far, and the nodes, to look for unknown fields at the end. */
    private static final class Walk {
        private final List<Problem> problems = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
    }
}
