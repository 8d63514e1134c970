package slotbot.app.dialog;

import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.StoredVariables;
import slotbot.funnel.dialog.StoredVariables.StoredText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dialog's variables as the dialog.variables column holds them: one JSON object. Reading splits it
 * into each variable's text without parsing the values ({@link StoredVariables} parses what a turn
 * asks for); writing copies the text of every variable unchanged since it was read and serializes
 * only the others, so a turn pays for what it touched, not for every record the dialog keeps.
 */
final class VariablesJson {

    /**
     * Floats read as BigDecimal, as the calculator holds numbers. Property names are not canonicalized: a
     * bot's records are keyed by booking ids and dates (the demo's {@code visits[order_id]}), and every new
     * key went into Jackson's shared symbol table, whose ever longer buckets took a sixth of a chat turn's CPU.
     */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final StoredVariables.Reader VALUE = VariablesJson::value;

    private VariablesJson() {
    }

    /** The variables of a stored JSON object, in its order, each parsed when first asked for. */
    static StoredVariables read(String text) {
        Map<String, StoredText> texts = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("dialog variables are not a JSON object");
            }
            for (String name = parser.nextName(); name != null; ) {
                parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                String next = parser.nextName();
                // The value ends where the next name or the closing brace starts, less the comma and spaces between.
                int end = valueEnd(text, (int) parser.currentTokenLocation().getCharOffset());
                texts.put(name, new StoredText(text, start, end));
                name = next;
            }
        }
        return StoredVariables.of(texts, VALUE);
    }

    /**
     * One variable's value from its JSON text. Most are a text without escapes, a number, a truth value
     * or None: those are read directly, as Jackson would read them, without the cost of a parser each.
     */
    static Object value(String json) {
        int last = json.length() - 1;
        char first = json.charAt(0);
        if (first == '"' && json.indexOf('\\') < 0) {
            return json.substring(1, last);
        }
        if (first == '-' || (first >= '0' && first <= '9')) {
            return Values.normalize(new BigDecimal(json));
        }
        return switch (json) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> Values.normalize(JSON.readValue(json, Object.class));
        };
    }

    private static int valueEnd(String text, int next) {
        int end = skipSpaces(text, next);
        return text.charAt(end - 1) == ',' ? skipSpaces(text, end - 1) : end;
    }

    /** Where the run of JSON whitespace ending just before {@code end} starts. */
    private static int skipSpaces(String text, int end) {
        while (end > 0 && " \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * The variables as one JSON object: the stored text of each one unchanged since it was read,
     * the JSON of every other value. Byte for byte what serializing all of them would give, as the
     * stored texts were written that way.
     */
    static String write(Map<String, Object> variables) {
        if (!(variables instanceof StoredVariables stored)) {
            return JSON.writeValueAsString(variables);
        }
        StringWriter out = new StringWriter(capacity(stored));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (String name : stored.keySet()) {
                json.writeName(name);
                StoredText text = stored.storedText(name);
                if (text != null) {
                    json.writeRawValue(text.source(), text.start(), text.length());
                } else {
                    json.writePOJO(stored.get(name));
                }
            }
            json.writeEndObject();
        }
        return out.toString();
    }

    /** About what the text will take, so that a dialog's kilobytes of records are not copied again and again as it grows. */
    private static int capacity(StoredVariables variables) {
        int capacity = 2;
        for (String name : variables.keySet()) {
            StoredText text = variables.storedText(name);
            capacity += name.length() + 4 + (text != null ? text.length() : 64);
        }
        return capacity;
    }
}
