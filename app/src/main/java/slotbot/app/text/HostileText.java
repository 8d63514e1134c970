package slotbot.app.text;

import slotbot.app.errors.BadInput;

/**
 * The one rule for characters in text a caller sends, used at every edge (function API, web chat,
 * Telegram, catalog files, admin bodies, bot files). Control characters (C0, DEL, C1) have no
 * business in an id or a name; in free text only tab and line breaks do. NUL also cannot be
 * stored at all: PostgreSQL's text refuses it. An unpaired surrogate is no character and would be
 * stored as "?" by the PostgreSQL driver, silently changing what was sent, so it is refused too.
 * Ids and names get 400 naming the field; what a client typed in a chat is cleaned instead, so
 * that the client always gets an answer.
 */
public final class HostileText {

    /** The two forms a caller's text may have. */
    public enum Form {
        /** An id or a name: one line, no control character at all. */
        NAME("a text without control characters (no NUL, tab or line break)"),
        /** Free text (an address, a description, bot code): tabs and line breaks are fine, other control characters not. */
        TEXT("a text without control characters other than tab and line breaks (no NUL)");

        private final String expected;

        Form(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    private HostileText() {
    }

    /**
     * Why the value does not have the form ("expected ..., got a text with U+0000 NULL at character 3"),
     * or null when it has (a null value included: whether a field is required is the caller's rule).
     */
    public static String refusal(String value, Form form) {
        if (value == null) {
            return null;
        }
        int bad = firstBad(value, form);
        if (bad < 0) {
            return null;
        }
        return "expected " + form.expected() + ", got a text with " + describe(value, bad) + " at character " + (bad + 1);
    }

    /** Throws {@link BadInput} naming the field when the value does not have the form. */
    public static void require(String field, String value, Form form) {
        String refusal = refusal(value, form);
        if (refusal != null) {
            throw new BadInput(field + ": " + refusal);
        }
    }

    /**
     * What a client typed, made storable: control characters other than tab and line breaks are
     * dropped and an unpaired surrogate becomes U+FFFD. A chat turn is never lost over them.
     */
    public static String cleaned(String typed) {
        if (typed == null || firstBad(typed, Form.TEXT) < 0) {
            return typed;
        }
        StringBuilder clean = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < typed.length() && Character.isLowSurrogate(typed.charAt(i + 1))) {
                clean.append(c).append(typed.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else if (!isControl(c, Form.TEXT)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** The index of the first char the form does not take, or -1. */
    private static int firstBad(String value, Form form) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isControl(c, form)) {
                return i;
            }
        }
        return -1;
    }

    /** C0, DEL and C1 ({@link Character#isISOControl}); free text keeps tab, line feed and carriage return. */
    private static boolean isControl(char c, Form form) {
        return Character.isISOControl(c) && !(form == Form.TEXT && (c == '\t' || c == '\n' || c == '\r'));
    }

    private static String describe(String value, int at) {
        char c = value.charAt(at);
        String code = String.format("U+%04X", (int) c);
        return Character.isSurrogate(c) ? "an unpaired surrogate " + code : code + " " + Character.getName(c);
    }
}
