package slotbot.funnel.calc;

/** Finds where a #{...} placeholder ends, skipping quoted text and nested braces. */
final class Placeholders {

    private static final int MAX_LENGTH = 2_000;

    private Placeholders() {
    }

    /** Index of the closing '}' for a placeholder whose content starts at {@code from}, or -1. */
    static int closing(String text, int from) {
        int depth = 0;
        char quote = 0;
        int end = Math.min(text.length(), from + MAX_LENGTH);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a substitution whose content starts at {@code from} (code points) closes before the end
     * of its line. A text holding an unclosed "#{" keeps it as written, as a message's text does.
     */
    static boolean closesOnLine(int[] source, int from) {
        int depth = 0;
        int quote = 0;
        for (int i = from; i < source.length && source[i] != '\n'; i++) {
            int c = source[i];
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return true;
            }
        }
        return false;
    }
}
