package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes values the way Salebot (Python) shows them: True, None, 10 for 10.0, ['a', 'b'],
 * {'a': 1}. Output is bounded: past {@code max} characters it either stops with "…", which
 * counts in the {@code max} (texts for people), or throws {@link LimitExceeded} (values inside a run).
 */
final class Renderer {

    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final int max;
    private final boolean truncate;

    private Renderer(int max, boolean truncate) {
        this.max = max;
        this.truncate = truncate;
    }

    /** A value as text: a string as itself, anything else as its representation. */
    static String text(Object value, int max, boolean truncate) {
        Renderer renderer = new Renderer(max, truncate);
        try {
            if (value instanceof String text) {
                renderer.append(text);
            } else {
                renderer.write(value, 0);
            }
        } catch (Full full) {
            renderer.out.append('…');
        }
        return renderer.out.toString();
    }

    /**
     * A value as a substitution inserts it, {@code #{name}}: as {@link #text}, but None (and so a
     * variable that is not set) is an empty text, as the builder's {@code "#{v}" == ""} test expects.
     * Past {@code max} characters it throws {@link LimitExceeded}.
     */
    static String substitution(Object value, int max) {
        return value == null ? "" : text(value, max, false);
    }

    /** A value as Python's repr shows it, strings quoted: for error messages. */
    static String repr(Object value, int max) {
        Renderer renderer = new Renderer(max, true);
        try {
            renderer.write(value, 0);
        } catch (Full full) {
            renderer.out.append('…');
        }
        return renderer.out.toString();
    }

    private void write(Object value, int depth) {
        if (depth > Values.MAX_DEPTH) {
            append("...");
        } else if (value instanceof List<?> list) {
            list(list, depth);
        } else if (value instanceof Map<?, ?> map) {
            map(map, depth);
        } else {
            append(scalar(value));
        }
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Number number) {
            return Numbers.text(number instanceof BigDecimal d ? d : Numbers.of(number));
        }
        if (value instanceof String text) {
            return quote(text);
        }
        return "<" + value.getClass().getSimpleName() + ">";
    }

    private void list(List<?> list, int depth) {
        append("[");
        Iterator<?> items = list.iterator();
        while (items.hasNext()) {
            write(items.next(), depth + 1);
            append(items.hasNext() ? ", " : "");
        }
        append("]");
    }

    private void map(Map<?, ?> map, int depth) {
        append("{");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            write(entry.getKey(), depth + 1);
            append(": ");
            write(entry.getValue(), depth + 1);
            append(entries.hasNext() ? ", " : "");
        }
        append("}");
    }

    /** Python's repr of a string: single quotes unless the text has one and no double quote. */
    static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder quoted = new StringBuilder(text.length() + 2).append(quote);
        text.chars().forEach(c -> quoted.append(escape((char) c, quote)));
        return quoted.append(quote).toString();
    }

    private static String escape(char c, char quote) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\\' -> "\\\\";
            default -> c == quote ? "\\" + c : String.valueOf(c);
        };
    }

    private void append(String text) {
        if (out.length() + text.length() <= max) {
            out.append(text);
            return;
        }
        if (!truncate) {
            throw new LimitExceeded("Text is too long: more than " + max + " characters.");
        }
        // Room for the "…" the caller appends, and no half of a surrogate pair before it.
        int end = Math.max(0, max - 1 - out.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        out.append(text, 0, end);
        throw new Full();
    }
}
