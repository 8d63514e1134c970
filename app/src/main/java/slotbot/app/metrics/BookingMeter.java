package slotbot.app.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import slotbot.booking.calendar.BookingRefused;
import slotbot.booking.functions.FunctionResult;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Booking writes at the booking core's edge: {@code slotbot.bookings}, one timer of every create, move and cancel,
 * tagged with who asked (the function API and MCP, bot code, the owner's admin API), the action, how it ended
 * ({@code ok}, {@code refused}, {@code failed}) and, for a refusal, its reason by the core's name for it
 * ({@code slot_taken}, {@code outside_rules}, {@code invalid_argument}, ...; {@code none} otherwise).
 */
@Component
public class BookingMeter {

    public static final String NAME = "slotbot.bookings";

    /** Who asked for the write. */
    public enum Source { API, BOT, ADMIN }

    public enum Action { CREATE, MOVE, CANCEL }

    private static final Map<String, Action> WRITES = Map.of("create_booking", Action.CREATE,
            "create_booking_by_name", Action.CREATE, "modify_booking_time", Action.MOVE, "cancel_booking", Action.CANCEL);

    private final MeterRegistry registry;
    private final Meter.MeterProvider<Timer> timers;

    BookingMeter(MeterRegistry registry) {
        this.registry = registry;
        this.timers = Timer.builder(NAME)
                .description("Booking writes (create, move, cancel): how long each took and how it ended")
                .serviceLevelObjectives(Buckets.REQUEST)
                .withRegistry(registry);
    }

    /** Runs a booking function by name; a write among them (create, move, cancel) is timed with its outcome. */
    public FunctionResult call(Source source, String function, Supplier<FunctionResult> call) {
        Action action = WRITES.get(function);
        if (action == null) {
            return call.get();
        }
        Timer.Sample sample = Timer.start(registry);
        boolean done = false;
        try {
            FunctionResult result = call.get();
            done = true;
            sample.stop(timer(source, action, result.refused() ? Outcome.REFUSED : Outcome.OK, result.refusal()));
            return result;
        } finally {
            if (!done) {
                sample.stop(timer(source, action, Outcome.FAILED, null));
            }
        }
    }

    /** Runs a write on the booking core itself (the admin API's); a refusal is thrown on as it was. */
    public <T> T write(Source source, Action action, Supplier<T> write) {
        Timer.Sample sample = Timer.start(registry);
        Outcome outcome = Outcome.FAILED;
        String reason = null;
        try {
            T written = write.get();
            outcome = Outcome.OK;
            return written;
        } catch (BookingRefused refused) {
            outcome = Outcome.REFUSED;
            reason = refused.getClass().getSimpleName();
            throw refused;
        } finally {
            sample.stop(timer(source, action, outcome, reason));
        }
    }

    private enum Outcome { OK, REFUSED, FAILED }

    private Timer timer(Source source, Action action, Outcome outcome, String refusal) {
        return timers.withTags("source", Tags.of(source), "action", Tags.of(action), "outcome", Tags.of(outcome),
                "reason", refusal == null ? "none" : Tags.snakeCase(refusal));
    }
}
