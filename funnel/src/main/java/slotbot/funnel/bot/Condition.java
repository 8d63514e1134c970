package slotbot.funnel.bot;

/**
 * What an input must say: alternatives separated by ';' (after #{variable} substitution, so
 * {@code #{checker}} expands to "Стрижка;1;Борода;2;"), compared by a kind; minus phrases veto.
 * An empty text matches any input.
 */
public record Condition(String text, MatchKind kind, String minus) {

    public static final Condition ANY = new Condition("", MatchKind.EXACT, "");

    public boolean matchesAnything() {
        return text.isBlank() && minus.isBlank();
    }
}
