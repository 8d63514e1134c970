package slotbot.app.security.corpus;

/** Text shortened and with invisible characters escaped, so that a finding can be read and its request rebuilt. */
final class Shown {

    private Shown() {
    }

    static String of(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            int run = 1;
            while (i + run < text.length() && text.charAt(i + run) == c) {
                run++;
            }
            if (run > 8) {
                out.append(escape(c)).append("×").append(run);
                i += run - 1;
                continue;
            }
            out.append(escape(c));
        }
        String shown = out.toString();
        return shown.length() >= max ? shown + "…(" + text.length() + " chars)" : shown;
    }

    private static String escape(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029
                || c == 0x200b || c == 0x202e || c == 0xfeff) {
            return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
