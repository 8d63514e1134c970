package slotbot.funnel.calc;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one run of a block's code may do. Every bound is checked where values are made, so a
 * bot cannot exhaust memory or time; the wall-clock budget is only a safety net behind the step
 * counter. Immutable: the {@code with...} methods return a copy and refuse a bad value by name.
 */
public final class Limits {

    /**
     * The one text limit, from the calculator to the database: a text value, a value rendered into
     * a message, a message the bot sends and a callback's text are at most this many characters,
     * which is also the size of the columns that store them (dialog_message.text, callback_outbox.text).
     */
    public static final int MAX_TEXT = 20_000;

    private final int maxSteps;
    private final int maxStringLength;
    private final int maxItems;
    private final int maxExpressionLength;
    private final int maxNesting;
    private final Duration maxWallTime;

    private Limits(int maxSteps, int maxStringLength, int maxItems, int maxExpressionLength,
                   int maxNesting, Duration maxWallTime) {
        this.maxSteps = atLeast("maxSteps", maxSteps, 1);
        this.maxStringLength = atLeast("maxStringLength", maxStringLength, 1);
        this.maxItems = atLeast("maxItems", maxItems, 1);
        this.maxExpressionLength = atLeast("maxExpressionLength", maxExpressionLength, 1);
        this.maxNesting = atLeast("maxNesting", maxNesting, 1);
        this.maxWallTime = positive(maxWallTime);
    }

    public static Limits defaults() {
        return new Limits(100_000, MAX_TEXT, 10_000, 2_000, 50, Duration.ofSeconds(2));
    }

    /** Evaluation steps per run: one per expression node, plus one per item copied or counted. */
    public int maxSteps() {
        return maxSteps;
    }

    /** Characters in one text value. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** Items in one list or dictionary value, counted over every level of nesting. */
    public int maxItems() {
        return maxItems;
    }

    /** Characters in one statement or condition. */
    public int maxExpressionLength() {
        return maxExpressionLength;
    }

    /** Levels of brackets, calls and unary operators the parser accepts in one expression. */
    public int maxNesting() {
        return maxNesting;
    }

    /** Wall-clock time per run, measured with System.nanoTime as a last resort. */
    public Duration maxWallTime() {
        return maxWallTime;
    }

    public Limits withMaxSteps(int value) {
        return new Limits(value, maxStringLength, maxItems, maxExpressionLength, maxNesting, maxWallTime);
    }

    public Limits withMaxStringLength(int value) {
        return new Limits(maxSteps, value, maxItems, maxExpressionLength, maxNesting, maxWallTime);
    }

    public Limits withMaxItems(int value) {
        return new Limits(maxSteps, maxStringLength, value, maxExpressionLength, maxNesting, maxWallTime);
    }

    public Limits withMaxExpressionLength(int value) {
        return new Limits(maxSteps, maxStringLength, maxItems, value, maxNesting, maxWallTime);
    }

    public Limits withMaxNesting(int value) {
        return new Limits(maxSteps, maxStringLength, maxItems, maxExpressionLength, value, maxWallTime);
    }

    public Limits withMaxWallTime(Duration value) {
        return new Limits(maxSteps, maxStringLength, maxItems, maxExpressionLength, maxNesting, value);
    }

    private static int atLeast(String field, int value, int bound) {
        if (value < bound) {
            throw new IllegalArgumentException(
                    "Limits." + field + " must be at least " + bound + ", got " + value);
        }
        return value;
    }

    private static Duration positive(Duration value) {
        Objects.requireNonNull(value, "Limits.maxWallTime");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Limits.maxWallTime must be positive, got " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Limits[steps=" + maxSteps + ", string=" + maxStringLength + ", items=" + maxItems
                + ", expression=" + maxExpressionLength + ", nesting=" + maxNesting
                + ", wallTime=" + maxWallTime + "]";
    }
}
