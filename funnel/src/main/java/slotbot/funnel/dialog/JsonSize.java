package slotbot.funnel.dialog;

import java.util.Collection;
import java.util.Map;

/**
 * How many characters a value takes as JSON, never less than a JSON writer makes of it (a control
 * character is counted as a six-character escape), counted without writing it and given up as soon
 * as it passes a bound: a list can hold the same long text ten thousand times, which is small in
 * memory but not as JSON.
 */
final class JsonSize {

    private JsonSize() {
    }

    /** The value's size, or some number above {@code max} once it is known to be larger. */
    static long of(Object value, long max) {
        return add(0, value, max);
    }

    private static long add(long size, Object value, long max) {
        if (size > max) {
            return size;
        }
        if (value instanceof String text) {
            return size + string(text);
        }
        if (value instanceof StoredVariables stored) {
            return stored(size, stored, max);
        }
        if (value instanceof Map<?, ?> map) {
            // Braces, and a colon and a comma per entry: one more than {"a":1,"b":2} takes.
            long total = size + 2 + 2L * map.size();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total = add(add(total, String.valueOf(entry.getKey()), max), entry.getValue(), max);
                if (total > max) {
                    return total;
                }
            }
            return total;
        }
        if (value instanceof Collection<?> items) {
            long total = size + 2 + items.size();
            for (Object item : items) {
                total = add(total, item, max);
                if (total > max) {
                    return total;
                }
            }
            return total;
        }
        return size + String.valueOf(value).length();
    }

    /**
     * Stored variables without parsing them: an unchanged one takes exactly its stored text, which is
     * what is written back; only changed ones are counted from their values.
     */
    private static long stored(long size, StoredVariables variables, long max) {
        long total = size + 2 + 2L * variables.size();
        for (String name : variables.keySet()) {
            StoredVariables.StoredText text = variables.storedText(name);
            total += string(name);
            total = text != null ? total + text.length() : add(total, variables.get(name), max);
            if (total > max) {
                return total;
            }
        }
        return total;
    }

    /** A string with its quotes and escapes. */
    static long string(String text) {
        long size = 2 + text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                size += 5;
            } else if (c == '"' || c == '\\') {
                size += 1;
            }
        }
        return size;
    }
}
