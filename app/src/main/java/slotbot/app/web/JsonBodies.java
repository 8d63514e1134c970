package slotbot.app.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request bodies ourselves, so that a body that is not JSON gets a message naming what was expected. */
@Component
public class JsonBodies {

    /** Decimals read as BigDecimal: exact, and 1e400 is a number rather than an infinity nobody can convert. */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The body as a JSON object; an empty body is an empty object. */
    public JsonNode object(String body, String example) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw new BadBody("body: expected a JSON object such as " + example + ", got text that is not JSON" + where);
        }
        if (node == null || !node.isObject()) {
            throw new BadBody("body: expected a JSON object such as " + example + ", got " + show(node));
        }
        return node;
    }

    /** A JSON value as the plain Java values bot code and the functions use: Long or BigDecimal, String, Boolean, List, Map, null. */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : new BigDecimal(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }

    /**
     * A number as written, or null for one that is no amount at all: a YAML .nan or .inf, or 1e400,
     * which a parser reads as an infinite double.
     */
    public static BigDecimal exactDecimal(JsonNode number) {
        if (number.isBigDecimal() || !number.isFloatingPointNumber()) {
            return number.decimalValue();
        }
        return Double.isFinite(number.doubleValue()) ? new BigDecimal(number.asString()) : null;
    }

    /**
     * What a YAML or JSON parser found wrong, for the person who wrote the file: where, and what,
     * without the Java class names some of its messages carry ("found java.lang.NumberFormatException").
     */
    public static String describe(JacksonException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        String what = e.getOriginalMessage() == null ? "" : JAVA_NAMES.matcher(e.getOriginalMessage()).replaceAll("a value");
        return where + (what.isBlank() ? "" : ": " + what);
    }

    private static final java.util.regex.Pattern JAVA_NAMES =
            java.util.regex.Pattern.compile("\\b(?:java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org)\\.[\\w.$]+");

    public static String show(JsonNode node) {
        String text = node == null ? "nothing" : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** A request body that is not what the endpoint takes; the message says what was expected. */
    public static class BadBody extends RuntimeException {
        public BadBody(String message) {
            super(message);
        }
    }
}
