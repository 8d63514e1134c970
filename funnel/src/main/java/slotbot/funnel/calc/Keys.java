package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Dictionary keys are texts or numbers, numbers in canonical form (2.50 and 2.5 are one key).
 * Lookups also try the other form ('1' for 1 and back), because dictionaries that went through
 * JSON storage come back with text keys.
 */
final class Keys {

    /** Marks a key that is not in the map (null is a possible key value elsewhere). */
    static final Object ABSENT = new Object();

    private Keys() {
    }

    static Object canonical(Object key) {
        if (key instanceof String) {
            return key;
        }
        if (key instanceof Number number) {
            return Numbers.canonical(Numbers.of(number));
        }
        throw new CalcException("Dictionary key must be a string or a number, got " + Values.typeName(key) + ".");
    }

    /** The key as stored in {@code map}, or {@link #ABSENT}. */
    static Object find(Map<?, ?> map, Object key) {
        if (!(key instanceof String) && !(key instanceof Number)) {
            return ABSENT;
        }
        Object exact = canonical(key);
        if (map.containsKey(exact)) {
            return exact;
        }
        Object other = otherForm(exact);
        return other != null && map.containsKey(other) ? other : ABSENT;
    }

    private static Object otherForm(Object key) {
        if (key instanceof BigDecimal number) {
            return Numbers.text(number);
        }
        Optional<BigDecimal> number = Numbers.parse((String) key);
        return number.map(Numbers::canonical).orElse(null);
    }
}
