package slotbot.funnel.bot;

import java.util.Arrays;
import java.util.Optional;

/** How a condition's alternatives are compared with the client's input. */
public enum MatchKind {
    /** Equal, ignoring case and surrounding spaces: our default, so that a near miss never reaches code that looks the choice up exactly. */
    EXACT,
    /** Similar enough by a string metric (threshold per bot), word order free. */
    FUZZY,
    /** Every word of one alternative appears in the input, in any order and case. */
    KEYWORDS,
    /** A regular expression found in the input. */
    REGEX;

    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<MatchKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
