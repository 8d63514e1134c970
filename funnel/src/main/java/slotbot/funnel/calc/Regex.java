package slotbot.funnel.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * findall with a bounded pattern and a deadline. Java's regex engine can backtrack for ever on
 * patterns like (a+)+b; the text is read through a CharSequence that checks the clock, which
 * stops such a match within the deadline whatever the pattern.
 */
final class Regex {

    private static final int MAX_PATTERN = 500;
    private static final long DEADLINE_NANOS = 100_000_000L;

    private Regex() {
    }

    /** Python's re.findall: whole matches, or the one group, or a list of the groups per match. */
    static List<Object> findAll(String pattern, String text, Budget budget) {
        Matcher matcher = compile(pattern).matcher(new Deadline(text, System.nanoTime() + DEADLINE_NANOS));
        try {
            return matches(matcher, budget);
        } catch (StackOverflowError e) {
            // The JDK matcher recurses per repetition of a group ((a|b)* on a long text); the
            // error is thrown and fully unwound inside this call, so the run can go on.
            throw new CalcException("Regular expression is too complex for this text: simplify it.");
        }
    }

    private static List<Object> matches(Matcher matcher, Budget budget) {
        List<Object> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(groups(matcher));
            budget.checkItems(found.size());
        }
        return found;
    }

    private static Pattern compile(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            throw new CalcException("Regular expression is too long: at most " + MAX_PATTERN + " characters.");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new CalcException("Invalid regular expression: " + e.getDescription() + ".");
        }
    }

    private static Object groups(Matcher matcher) {
        if (matcher.groupCount() == 0) {
            return matcher.group();
        }
        if (matcher.groupCount() == 1) {
            return orEmpty(matcher.group(1));
        }
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            groups.add(orEmpty(matcher.group(i)));
        }
        return groups;
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }

    /** The text, checking the clock every few thousand reads. */
    private static final class Deadline implements CharSequence {

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % 4096 == 0 && System.nanoTime() - deadline > 0) {
                throw new CalcException("Regular expression took too long: simplify it.");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
