package slotbot.funnel.calc;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Java's regular expressions, bounded. The JDK matcher backtracks without limit ((a+)+b) and
 * recurses once per repetition of a group ((a|aa)+ on a long text), so a pattern written by a bot
 * author, matched against what a client types, could hold a thread for ever or blow its stack. Here
 * the text is read through a CharSequence that counts every character the matcher reads and stops
 * after {@link #MAX_STEPS}, which bounds the work deterministically (about 3 ms once the JIT has
 * compiled the matcher, 100 ms before); a clock read every few thousand steps is only a safety net,
 * set well above that so the outcome does not depend on the machine. A stack overflow inside the matcher is caught: it is thrown
 * and unwound within this call, so the thread can go on.
 *
 * <p>Every failure is a {@link CalcException} with an English reason for the bot's author.
 */
public final class BoundedRegex {

    /** Characters in one pattern. */
    public static final int MAX_PATTERN = 500;
    /** Characters the matcher may read for one call. */
    public static final long MAX_STEPS = 1_000_000;
    private static final long DEADLINE_NANOS = 1_000_000_000L;
    private static final int STEPS_BETWEEN_CLOCK_CHECKS = 4096;

    private BoundedRegex() {
    }

    /** The pattern, or why it is not one: too long, or a syntax error. */
    public static Pattern compile(String pattern, int flags) {
        if (pattern.length() > MAX_PATTERN) {
            throw new CalcException("Regular expression is too long: at most " + MAX_PATTERN
                    + " characters, got " + pattern.length() + ".");
        }
        try {
            return Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException e) {
            throw new CalcException("Invalid regular expression: " + e.getDescription() + ".");
        }
    }

    /** Whether the pattern is found anywhere in the text. */
    public static boolean find(Pattern pattern, String text) {
        return run(pattern, text, Matcher::find);
    }

    /** Runs {@code work} on a matcher of the text; the budget covers everything it does with the matcher. */
    static <T> T run(Pattern pattern, String text, Function<Matcher, T> work) {
        try {
            return work.apply(pattern.matcher(new Counted(text)));
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    private static CalcException tooComplex() {
        return new CalcException("Regular expression is too complex for this text (more than " + MAX_STEPS
                + " steps): simplify it.");
    }

    /** The text, counting the characters read and checking the clock now and then. */
    private static final class Counted implements CharSequence {

        private final String text;
        private final long deadline = System.nanoTime() + DEADLINE_NANOS;
        private long steps;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++steps > MAX_STEPS) {
                throw tooComplex();
            }
            if (steps % STEPS_BETWEEN_CLOCK_CHECKS == 0 && System.nanoTime() - deadline > 0) {
                throw new CalcException("Regular expression is too complex for this text (more than "
                        + DEADLINE_NANOS / 1_000_000 + " ms): simplify it.");
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
