package slotbot.funnel.dialog;

import org.apache.commons.text.similarity.LevenshteinDistance;
import slotbot.funnel.bot.Condition;
import slotbot.funnel.bot.MatchKind;
import slotbot.funnel.calc.BoundedRegex;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.Render;
import slotbot.funnel.calc.Variables;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Decides whether an input satisfies a condition: alternatives by ';', the match kind, minus phrases.
 * A regular expression that is invalid or too costly for the input counts as no match, and says why
 * to {@code problems}, so the turn goes on and the author learns of it.
 */
final class ConditionMatcher {

    private static final int MAX_INPUT = 4096;
    private static final int WORD_ORDER_FREE_UP_TO = 4;
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(256);

    private final double fuzzyThreshold;

    ConditionMatcher(double fuzzyThreshold) {
        this.fuzzyThreshold = fuzzyThreshold;
    }

    boolean matches(Condition condition, String input, Variables variables, Consumer<String> problems) {
        if (condition.matchesAnything()) {
            return true;
        }
        String text = input == null ? "" : input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        if (!condition.minus().isBlank() && anyMatches(alternatives(condition.minus(), variables), text, condition.kind(), problems)) {
            return false;
        }
        return condition.text().isBlank() || anyMatches(alternatives(condition.text(), variables), text, condition.kind(), problems);
    }

    private boolean anyMatches(List<String> alternatives, String input, MatchKind kind, Consumer<String> problems) {
        return alternatives.stream().anyMatch(alternative -> matchesOne(alternative, input, kind, problems));
    }

    private boolean matchesOne(String alternative, String input, MatchKind kind, Consumer<String> problems) {
        return switch (kind) {
            case EXACT -> normal(alternative).equals(normal(input));
            case KEYWORDS -> words(input).containsAll(words(alternative));
            case FUZZY -> similarity(alternative, input) >= fuzzyThreshold;
            case REGEX -> regexFinds(alternative, input, problems);
        };
    }

    private static List<String> alternatives(String text, Variables variables) {
        return Arrays.stream(Render.template(text, variables).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static double similarity(String a, String b) {
        String x = comparable(a);
        String y = comparable(b);
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) {
            return 1;
        }
        int distance = LEVENSHTEIN.apply(x, y);
        return distance < 0 ? 0 : 1 - (double) distance / longest;
    }

    /** Short phrases compare with their words sorted, so "стрижка мужская" is "мужская стрижка". */
    private static String comparable(String text) {
        List<String> words = words(text);
        return String.join(" ", words.size() <= WORD_ORDER_FREE_UP_TO ? words.stream().sorted().toList() : words);
    }

    private static boolean regexFinds(String regex, String input, Consumer<String> problems) {
        try {
            return BoundedRegex.find(BoundedRegex.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), input);
        } catch (CalcException e) {
            problems.accept("regex \"" + regex + "\": " + e.reason());
            return false;
        }
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static List<String> words(String text) {
        return Arrays.stream(normal(text).split("[^\\p{L}\\p{N}_]+")).filter(w -> !w.isEmpty()).toList();
    }
}
