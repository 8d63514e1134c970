package slotbot.app.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Chat turns: {@code slotbot.chat.turns}, one timer of every turn a dialog plays, tagged with what caused it
 * (the client's {@code input}, a {@code callback}, a {@code timer}), the channel the client writes from
 * ({@code web}, {@code telegram}; {@code other} for anything else a bot may have set) and whether it was played
 * ({@code ok}) or {@code failed} (the client got an apology, or the callback or timer was dropped or retried).
 */
@Component
public class TurnMeter {

    public static final String NAME = "slotbot.chat.turns";

    public enum Kind { INPUT, CALLBACK, TIMER }

    private static final Set<String> CHANNELS = Set.of("web", "telegram");

    private final MeterRegistry registry;
    private final Meter.MeterProvider<Timer> timers;

    TurnMeter(MeterRegistry registry) {
        this.registry = registry;
        this.timers = Timer.builder(NAME)
                .description("Chat turns (a client's input, a callback, a timer): how long each took and whether it was played")
                .serviceLevelObjectives(Buckets.REQUEST)
                .withRegistry(registry);
    }

    /** Starts timing a turn; its channel may be learnt once the dialog is read. */
    public Turn start(Kind kind, String channel) {
        return new Turn(kind, channel, Timer.start(registry));
    }

    /** One turn being timed. */
    public final class Turn {

        private final Kind kind;
        private final Timer.Sample sample;
        private String channel;

        private Turn(Kind kind, String channel, Timer.Sample sample) {
            this.kind = kind;
            this.channel = channel;
            this.sample = sample;
        }

        /** The channel, unless it was known from the start (an input's own is the truth; a dialog's may lag behind). */
        public void from(String dialogChannel) {
            if (channel == null) {
                channel = dialogChannel;
            }
        }

        public void stop(boolean played) {
            // No channel when the turn failed before its dialog was read (its bot is gone, say).
            String known = channel != null && CHANNELS.contains(channel) ? channel : "other";
            sample.stop(timers.withTags("kind", Tags.of(kind), "channel", known, "outcome", played ? "ok" : "failed"));
        }
    }
}
