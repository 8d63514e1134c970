package slotbot.funnel.bot;

import java.time.Duration;

/**
 * A way out of a block.
 *
 * <ul>
 *   <li>Without a delay it waits for the client's input: {@code when} is matched against the input
 *       (or against {@code variable}'s value), {@code expression} must hold; {@code saveTo} stores the input.</li>
 *   <li>With a zero delay it is followed right after the block's message, if its conditions hold.</li>
 *   <li>With a positive delay it is followed by a timer; with {@code cancelIfLeft} only if the
 *       client is still in the block's same visit then.</li>
 *   <li>With {@code at} it is followed by a timer too, set for the date and time that calculator expression
 *       gives when the block is entered ({@code dd.MM.yyyy HH:mm} in the bot's zone), at once when that has passed.</li>
 * </ul>
 *
 * @param index        the arrow's position in its block, which breaks ties of priority and names its timers
 * @param cancelTimers  following it cancels every pending timer of the dialog that is not marked {@code keep}
 * @param callbacksOnly followed on a callback only: a client typing "payment_received" must not pass for the payment system
 * @param at           the expression of a timer at a time, or null (then {@code delay} decides)
 * @param line         where the arrow starts in the bot file (0: unknown)
 */
public record Arrow(int index, String target, Condition when, String expression, String variable, int priority,
                    Duration delay, String at, boolean cancelIfLeft, boolean cancelTimers, boolean keep, String saveTo,
                    boolean callbacksOnly, int line) {

    public boolean waitsForInput() {
        return delay == null && at == null;
    }

    public boolean isImmediate() {
        return delay != null && delay.isZero();
    }

    public boolean isTimed() {
        return delay != null && !delay.isZero() || at != null;
    }
}
