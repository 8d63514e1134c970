package slotbot.app.text;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Values and faults of YAML and JSON documents, read the same way by the catalog, bot files and request bodies. */
public final class JsonValues {

    private JsonValues() {
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
}
