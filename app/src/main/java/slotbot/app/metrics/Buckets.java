package slotbot.app.metrics;

import java.time.Duration;

/**
 * The histogram buckets of the timers: a few fixed bounds each, so that Prometheus can compute percentiles
 * ({@code histogram_quantile}) and an alert can ask "what share took longer than 250 ms" without a series per
 * possible value.
 */
final class Buckets {

    /** A booking write or a chat turn: milliseconds when all is well, seconds when something waits on a lock. */
    static final Duration[] REQUEST = millis(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000);

    /** How late a timer fires: within the scheduler's poll when all is well, minutes or hours when it fell behind. */
    static final Duration[] LAG = millis(1_000, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 900_000, 3_600_000);

    private Buckets() {
    }

    private static Duration[] millis(long... bounds) {
        Duration[] durations = new Duration[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            durations[i] = Duration.ofMillis(bounds[i]);
        }
        return durations;
    }
}
