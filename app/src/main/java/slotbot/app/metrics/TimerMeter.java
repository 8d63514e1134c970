package slotbot.app.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Timers that fired: {@code slotbot.timers.fired}, one timer whose every recording is one fired timer and its lag
 * (the moment it fired minus the moment it was due), tagged with the kind of timer ({@code dialog-timer},
 * {@code waitlist-hold}, {@code reminder}, {@code follow_up}) and how it went ({@code ok}; {@code dropped}: a
 * reminder whose visit no longer wants it; {@code failed}). So its count is how many fired, and its buckets how late.
 */
@Component
public class TimerMeter {

    public static final String NAME = "slotbot.timers.fired";

    public enum Outcome { OK, DROPPED, FAILED }

    private final Meter.MeterProvider<Timer> timers;

    TimerMeter(MeterRegistry registry) {
        this.timers = Timer.builder(NAME)
                .description("Timers fired (dialog timers, waitlist holds, reminders), each with its lag: fired minus due")
                .serviceLevelObjectives(Buckets.LAG)
                .withRegistry(registry);
    }

    /** A timer fired {@code lag} after its moment; a timer that fired early (a clock moved back) counts as on time. */
    public void fired(String timer, Outcome outcome, Duration lag) {
        timers.withTags("timer", timer, "outcome", Tags.of(outcome)).record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
