package slotbot.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client of the demo bot is shown must be Russian: a text (a message, a button's label) with a Latin word
 * fails unless the word is a proper name of {@link #PROPER_NAMES}. The one check of every walk of the demo bot,
 * whatever the channel (the web chat's, Telegram's). Links are not words shown: callers leave them out.
 */
public final class RussianOnly {

    /** Latin words a client may see: proper names such as a brand. None in the demo. */
    public static final Set<String> PROPER_NAMES = Set.of();
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    private RussianOnly() {
    }

    public static void assertRussian(String shown) {
        assertThat(latinWords(shown)).as("Latin words in a reply to the client: %s", shown).isEmpty();
    }

    static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!PROPER_NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
