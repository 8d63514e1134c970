package slotbot.app;

import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;
import java.util.Optional;

/**
 * The app's one retry pause: Spring's {@link ExponentialBackOff}, doubling from {@code first} up to
 * {@code longest}, for {@code retries} retries at most. Webhooks, Bot API calls and Telegram
 * (re)connects all take their pauses from here, so their bounds are read in one place.
 *
 * @param first   the pause after the first failure
 * @param longest no pause is longer
 * @param retries how many retries follow the first attempt; {@link #UNLIMITED} for as long as it fails
 */
public record Backoff(Duration first, Duration longest, long retries) {

    public static final long UNLIMITED = Long.MAX_VALUE;

    /** The bounds of any pause: Spring counts in milliseconds, and a pause of days helps no one. */
    public static final Duration SHORTEST = Duration.ofMillis(1);
    public static final Duration LONGEST = Duration.ofDays(1);

    /** A Bot API call: 0.5 s, 1 s and 2 s, then the call counts as failed (four attempts). */
    public static final Backoff BOT_API_CALL = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), 3);
    /** Connecting a bot to Telegram: 2 s doubling up to 5 minutes, for as long as Telegram does not answer. */
    public static final Backoff TELEGRAM_CONNECT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), UNLIMITED);
    /** The long-poll session's getUpdates (which the library paces, with its own jitter): 0.5 s up to 30 s. */
    public static final Backoff TELEGRAM_POLL = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), UNLIMITED);

    /** Doubling from 1 ms passes a day within this many steps; from there every pause is the longest. */
    private static final int DOUBLINGS = 64;

    public Backoff {
        if (first.compareTo(SHORTEST) < 0 || first.compareTo(longest) > 0 || longest.compareTo(LONGEST) > 0 || retries < 0) {
            throw new IllegalArgumentException("a backoff needs 1ms <= first <= longest <= 1d and retries >= 0, got " + first
                    + ", " + longest + ", " + retries);
        }
    }

    /** Doubling from {@code first} up to {@code longest} for as long as it takes. */
    public static Backoff unlimited(Duration first, Duration longest) {
        return new Backoff(first, longest, UNLIMITED);
    }

    /**
     * The pause after the {@code failures}-th failure in a row (1 for the first), or nothing when no retry is left.
     * Computed afresh each time, so that a count kept elsewhere (an outbox row's attempts) is enough.
     */
    public Optional<Duration> after(long failures) {
        if (failures < 1 || failures > retries) {
            return Optional.empty();
        }
        BackOffExecution pauses = spring().start();
        long pause = BackOffExecution.STOP;
        for (long step = 0; step < Math.min(failures, DOUBLINGS); step++) {
            pause = pauses.nextBackOff();
        }
        return Optional.of(Duration.ofMillis(pause));
    }

    /** Spring's policy with these bounds and no jitter: the pauses are exactly first, 2 first, 4 first... longest. */
    public ExponentialBackOff spring() {
        ExponentialBackOff backOff = new ExponentialBackOff(first.toMillis(), 2.0);
        backOff.setMaxInterval(longest.toMillis());
        backOff.setMaxAttempts(retries);
        return backOff;
    }
}
