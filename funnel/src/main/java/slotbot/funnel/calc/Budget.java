package slotbot.funnel.calc;

import java.util.Collection;
import java.util.Map;

/**
 * What one run has spent against its {@link Limits}. Steps are charged per expression node and
 * per item built or copied, so time and memory both stay proportional to the step limit; the
 * clock is read every few hundred steps only as a safety net.
 */
final class Budget {

    private static final int STEPS_BETWEEN_CLOCK_CHECKS = 256;
    /** A text costs one step per this many characters built. */
    private static final int CHARACTERS_PER_STEP = 64;

    private final Limits limits;
    private final long deadline;
    private long steps;
    private long nextClockCheck = STEPS_BETWEEN_CLOCK_CHECKS;

    Budget(Limits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxWallTime().toNanos();
    }

    Limits limits() {
        return limits;
    }

    long steps() {
        return steps;
    }

    void tick() {
        charge(1);
    }

    void charge(long amount) {
        steps += amount;
        if (steps > limits.maxSteps()) {
            throw new LimitExceeded("Too many steps: the code may take at most " + limits.maxSteps() + " steps per run.");
        }
        if (steps >= nextClockCheck) {
            nextClockCheck = steps + STEPS_BETWEEN_CLOCK_CHECKS;
            checkClock();
        }
    }

    void checkClock() {
        if (System.nanoTime() - deadline > 0) {
            throw new LimitExceeded("Too slow: the code may run at most " + limits.maxWallTime().toMillis() + " ms.");
        }
    }

    /** A value just made by the code: a text within the length limit, a container within the item limit. */
    Object check(Object value) {
        if (value instanceof String text) {
            checkLength(text.length());
            charge(text.length() / CHARACTERS_PER_STEP);
        } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            charge(count(value, 0, 0));
        }
        return value;
    }

    /** Refuses a text of this length before it is built. */
    void checkLength(long length) {
        if (length > limits.maxStringLength()) {
            throw new LimitExceeded("Text is too long: " + length + " characters, at most " + limits.maxStringLength() + ".");
        }
    }

    /** Refuses a list of this size before it is built. */
    void checkItems(long items) {
        if (items > limits.maxItems()) {
            throw new LimitExceeded("List or dictionary is too large: more than " + limits.maxItems() + " items.");
        }
    }

    /** Items at every level, counting stops as soon as the limit is passed. */
    private long count(Object value, long counted, int depth) {
        if (depth > Values.MAX_DEPTH) {
            throw new LimitExceeded("List or dictionary is nested too deeply: more than " + Values.MAX_DEPTH + " levels.");
        }
        Collection<?> items = value instanceof Map<?, ?> map ? map.values() : value instanceof Collection<?> c ? c : null;
        if (items == null) {
            return counted;
        }
        long total = counted + items.size();
        checkItems(total);
        for (Object item : items) {
            total = count(item, total, depth + 1);
        }
        return total;
    }
}
