package slotbot.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.function.Supplier;

/**
 * Gauges read from the database when Prometheus scrapes: each is one COUNT over an index, of rows that should be
 * few when all is well, so a scrape costs a few cheap queries and shows the truth of this moment, shared by every
 * instance. A feature declares each as a {@link MeterBinder} bean; a query that fails reads as NaN.
 */
public final class Gauges {

    public static final String BACKLOG = "slotbot.outbox.backlog";
    public static final String OVERDUE = "slotbot.timers.overdue";

    private Gauges() {
    }

    /** {@code slotbot.outbox.backlog{outbox}}: what waits in an outbox ({@code callbacks}, {@code webhooks}) to be delivered. */
    public static MeterBinder backlog(String outbox, Supplier<Number> waiting) {
        return registry -> Gauge.builder(BACKLOG, waiting)
                .description("Rows waiting in an outbox to be delivered (callbacks to dialogs, webhooks to the receiver)")
                .tag("outbox", outbox)
                .register(registry);
    }

    /** {@code slotbot.timers.overdue{timer}}: timers whose moment has passed and that have not fired yet. */
    public static MeterBinder overdue(String timer, Supplier<Number> waiting) {
        return registry -> Gauge.builder(OVERDUE, waiting)
                .description("Timers whose moment has passed and that have not fired yet (0 while firing keeps up)")
                .tag("timer", timer)
                .register(registry);
    }
}
