package slotbot.funnel.calc;

/** Texts measured and cut in characters as a person counts them (code points), like Python. */
final class Texts {

    private Texts() {
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Characters from {@code from} (inclusive) to {@code to} (exclusive), both within 0..length. */
    static String slice(String text, int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = text.offsetByCodePoints(0, from);
        return text.substring(start, text.offsetByCodePoints(start, to - from));
    }

    /** Python's slice bounds: negative counts from the end, anything out of range is clamped. */
    static int bound(int index, int length) {
        int at = index < 0 ? index + length : index;
        return Math.max(0, Math.min(at, length));
    }
}
