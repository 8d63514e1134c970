package slotbot.app.metrics;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tag values in Prometheus's style: lower case, words joined by "_". */
final class Tags {

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private Tags() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code SlotTaken} → {@code slot_taken}. */
    static String snakeCase(String typeName) {
        return WORD_START.matcher(typeName).replaceAll("_").toLowerCase(Locale.ROOT);
    }
}
