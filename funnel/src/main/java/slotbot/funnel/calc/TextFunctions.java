package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.Locale;

/** The builder's text functions. Positions count characters as a person does (code points). */
final class TextFunctions {

    private TextFunctions() {
    }

    static void register(Registry registry) {
        registry.add("len", 1, 1, a -> BigDecimal.valueOf(a.length(0)));
        registry.add("lower", 1, 1, a -> a.text(0).toLowerCase(Locale.ROOT));
        registry.add("upper", 1, 1, a -> a.text(0).toUpperCase(Locale.ROOT));
        registry.add("capitalize", 1, 1, a -> capitalize(a.text(0)));
        registry.add("strip", 1, 2, a -> a.given(1) ? strip(a.text(0), a.text(1)) : a.text(0).strip());
        registry.add("replace", 3, 3, TextFunctions::replace);
        registry.add("substring", 2, 3, TextFunctions::substring);
        registry.add("contains", 2, 2, ListFunctions::contains);
        registry.add("startswith", 2, 2, a -> a.text(0).startsWith(a.text(1)));
        registry.add("endswith", 2, 2, a -> a.text(0).endsWith(a.text(1)));
        registry.add("findall", 2, 2, a -> Regex.findAll(a.text(0), a.text(1), a.budget()));
        registry.add("str", 1, 1, a -> Renderer.text(a.get(0), a.budget().limits().maxStringLength(), false));
    }

    /** Python's capitalize: the first letter upper case, the rest lower case. */
    private static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        String rest = text.substring(Character.charCount(first));
        return Character.toString(Character.toTitleCase(first)) + rest.toLowerCase(Locale.ROOT);
    }

    /** Python's strip(chars): removes any of {@code characters} from both ends. */
    private static String strip(String text, String characters) {
        int start = 0;
        int end = text.length();
        while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Every occurrence; the result's length is checked before it is built. */
    private static Object replace(Args a) {
        String text = a.text(0);
        String old = a.text(1);
        String replacement = a.text(2);
        if (old.isEmpty()) {
            return text;
        }
        long count = occurrences(text, old);
        a.budget().checkLength(text.length() + count * (replacement.length() - old.length()));
        return text.replace(old, replacement);
    }

    private static long occurrences(String text, String piece) {
        long count = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length())) {
            count++;
        }
        return count;
    }

    /** substring(text, start, end): Python's text[start:end], end optional. */
    private static Object substring(Args a) {
        String text = a.text(0);
        int length = Texts.length(text);
        int from = Texts.bound(a.integer(1), length);
        int to = Texts.bound(a.integer(2, length), length);
        return Texts.slice(text, from, Math.max(from, to));
    }
}
