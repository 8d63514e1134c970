package slotbot.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Requests a rate limit turned away: {@code slotbot.rate.limit.refusals}, a counter tagged with the limit by its
 * name ({@code chat_sessions}, {@code chat_messages}, ...: each 429 names its own, see
 * {@code slotbot.app.errors.TooMany}; {@code telegram_messages} for the Telegram flood limit, which answers in the
 * chat instead). Never who was refused: a flood's source is for the log, not for a series of its own.
 */
@Component
public class RateLimits {

    public static final String NAME = "slotbot.rate.limit.refusals";

    private final Meter.MeterProvider<Counter> counters;

    RateLimits(MeterRegistry registry) {
        this.counters = Counter.builder(NAME)
                .description("Requests refused by a rate limit, by the limit's name")
                .withRegistry(registry);
    }

    public void refused(String limit) {
        counters.withTag("limit", limit).increment();
    }
}
