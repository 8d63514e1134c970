package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The builder's text functions (its page «Для работы со строками»). Positions count characters as a person does. */
final class TextFunctions {

    /** similar(): texts that differ in less than this share of their characters are the same, with typos. */
    private static final double SIMILAR_BELOW = 0.3;
    private static final int MAX_SIMILAR = 1_000;
    private static final String TELEGRAM_SPECIAL = "_*[]()~`>#+-=|{}.!";

    private TextFunctions() {
    }

    static void register(Registry registry) {
        registry.add("len", 1, 1, a -> BigDecimal.valueOf(a.length(0)));
        registry.add("lower", 1, 1, a -> a.text(0).toLowerCase(Locale.ROOT));
        registry.add("upper", 1, 1, a -> a.text(0).toUpperCase(Locale.ROOT));
        registry.add("capitalize", 1, 1, a -> capitalize(a.text(0)));
        registry.add("title", 1, 1, a -> title(a.text(0)));
        registry.add("strip", 1, 2, a -> a.given(1) ? strip(a.text(0), a.text(1)) : a.text(0).strip());
        registry.add("replace", 3, 4, TextFunctions::replace);
        registry.add("substring", 2, 3, TextFunctions::substring);
        registry.add("contains", 2, 3, TextFunctions::contains);
        registry.add("startswith", 2, 2, a -> a.text(0).startsWith(a.text(1)));
        registry.add("endswith", 2, 2, a -> a.text(0).endsWith(a.text(1)));
        registry.add("findall", 2, 3, TextFunctions::findAll);
        registry.add("str", 1, 1, a -> Renderer.text(a.get(0), a.budget().limits().maxStringLength(), false));
        registry.add("concat", 2, FunctionLibrary.VARARGS, TextFunctions::concat);
        registry.add("splitter", 2, 3, TextFunctions::splitter);
        registry.add("normalizePhone", 1, 1, a -> normalizedPhone(a.text(0)));
        registry.add("tg_escape", 1, 1, a -> telegramEscaped(a));
        registry.add("similar", 2, 2, TextFunctions::similar);
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

    /** Python's title: each word's first letter upper case, the rest lower case. */
    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(wordStart ? Character.toTitleCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        return out.toString();
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

    /**
     * replace(str, old, new, n): every occurrence, or the first n; the result's length is checked
     * before it is built. A list or dictionary is replaced in as it shows as text, as the builder's
     * {@code replace(a + b, '][', ',')} expects of its lists.
     */
    private static Object replace(Args a) {
        String text = a.get(0) instanceof String || a.get(0) instanceof Number ? a.text(0)
                : Renderer.text(a.get(0), a.budget().limits().maxStringLength(), false);
        String old = a.text(1);
        String replacement = a.text(2);
        int limit = a.integer(3, Integer.MAX_VALUE);
        if (old.isEmpty() || limit <= 0) {
            return text;
        }
        long count = Math.min(limit, occurrences(text, old));
        a.budget().checkLength(text.length() + count * (replacement.length() - old.length()));
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (long done = 0; done < count; done++) {
            int at = text.indexOf(old, from);
            out.append(text, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    static long occurrences(String text, String piece) {
        long count = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length())) {
            count++;
        }
        return count;
    }

    /** substring(text, start, end): Python's text[start:end], end optional ({@code substring(text, 0, -4)} cuts 4 off the end). */
    private static Object substring(Args a) {
        String text = a.text(0);
        int length = Texts.length(text);
        int from = Texts.bound(a.integer(1), length);
        int to = Texts.bound(a.integer(2, length), length);
        return Texts.slice(text, from, Math.max(from, to));
    }

    /** contains(str, piece, registr): a piece in a text (case ignored when registr is False); for lists and dictionaries as in_array. */
    private static Object contains(Args a) {
        if (a.get(0) instanceof String && a.size() > 2 && !a.flag(2, true)) {
            return a.text(0).toLowerCase(Locale.ROOT).contains(a.text(1).toLowerCase(Locale.ROOT));
        }
        return ListFunctions.contains(a);
    }

    /** findall(pattern, text, index): every match, or the one at index (None when there are fewer). */
    private static Object findAll(Args a) {
        List<Object> found = Regex.findAll(a.text(0), a.text(1), a.budget());
        if (!a.given(2)) {
            return found;
        }
        int index = a.integer(2);
        int at = index < 0 ? index + found.size() : index;
        return at >= 0 && at < found.size() ? found.get(at) : null;
    }

    /** concat(str1, str2, …): the arguments as texts, one after another. */
    private static Object concat(Args a) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            String piece = Renderer.substitution(a.get(i), a.budget().limits().maxStringLength());
            a.budget().checkLength((long) out.length() + piece.length());
            out.append(piece);
        }
        return out.toString();
    }

    /** splitter(text, separator, n): the pieces between separators; with n, at most n pieces, the last holding the rest. */
    private static Object splitter(Args a) {
        String text = a.text(0);
        String separator = a.text(1);
        if (separator.isEmpty()) {
            throw a.error("the separator is empty.");
        }
        int most = a.integer(2, Integer.MAX_VALUE);
        if (most < 1) {
            throw a.error("n must be at least 1, got " + most + ".");
        }
        List<Object> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0 && pieces.size() < most - 1; at = text.indexOf(separator, from)) {
            pieces.add(text.substring(from, at));
            a.budget().checkItems(pieces.size());
            from = at + separator.length();
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** normalizePhone: the digits only, a leading 8 made 7 ("+7978-999-99-99" is "79789999999"). */
    private static String normalizedPhone(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
        if (digits.length() > 0 && digits.charAt(0) == '8') {
            digits.setCharAt(0, '7');
        }
        return digits.toString();
    }

    /** tg_escape: a backslash before each character Telegram's MarkdownV2 treats as markup. */
    private static String telegramEscaped(Args a) {
        String text = a.text(0);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TELEGRAM_SPECIAL.indexOf(c) >= 0 || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        a.budget().checkLength(out.length());
        return out.toString();
    }

    /** similar(a, b): True when the texts differ in less than 30% of their characters (case ignored). */
    private static Object similar(Args a) {
        String x = a.text(0).strip().toLowerCase(Locale.ROOT);
        String y = a.text(1).strip().toLowerCase(Locale.ROOT);
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) {
            return true;
        }
        if (longest > MAX_SIMILAR) {
            throw a.error("compares texts of at most " + MAX_SIMILAR + " characters, got " + longest + ".");
        }
        a.budget().charge((long) x.length() * y.length() / 64);
        int distance = LevenshteinDistance.getDefaultInstance().apply(x, y);
        return (double) distance / longest < SIMILAR_BELOW;
    }
}
