package slotbot.app.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.catalog.CatalogCache;
import slotbot.app.dialog.CallbackSender;
import slotbot.app.metrics.TimerMeter;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.CallbackTexts;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.reminders.Reminder;
import slotbot.booking.reminders.ReminderPlan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the reminders and follow-ups that are due: a recurring task on each instance runs it. Each batch is one
 * transaction that locks its rows, puts each callback in the outbox (to every dialog of the booking's client, as
 * new_order_in_calendar goes) and marks the row sent; the outbox delivers each callback once. A row whose visit
 * no longer wants it (cancelled meanwhile, started already because the app was down, a no-show) is dropped.
 */
public final class ReminderFiring {

    /** Rows one transaction takes: enough to amortise a commit, few enough that a transaction stays short. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);

    private final ReminderRows rows;
    private final BookingData bookings;
    private final CatalogCache catalog;
    private final CallbackSender callbacks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TimerMeter meter;

    ReminderFiring(ReminderRows rows, BookingData bookings, CatalogCache catalog, CallbackSender callbacks,
                   TransactionTemplate transactions, Clock clock, TimerMeter meter) {
        this.rows = rows;
        this.bookings = bookings;
        this.catalog = catalog;
        this.callbacks = callbacks;
        this.transactions = transactions;
        this.clock = clock;
        this.meter = meter;
    }

    /** Fires, on the calling thread, everything due by the app's clock; answers how many were sent. Tests call it directly. */
    public int runDueNow() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            Batch batch = transactions.execute(status -> fireBatch(now));
            batch.fired().forEach(fired -> count(fired, now));
            sent += batch.sent();
            if (batch.taken() < BATCH) {
                return sent;
            }
        }
    }

    /** A batch's rows and whether each went out; counted for the metrics once the batch has committed. */
    private record Batch(List<Fired> fired) {

        int taken() {
            return fired.size();
        }

        int sent() {
            return (int) fired.stream().filter(Fired::sent).count();
        }
    }

    private record Fired(ReminderRows.Due due, boolean sent) {
    }

    private Batch fireBatch(Instant now) {
        List<Fired> fired = new ArrayList<>();
        for (ReminderRows.Due reminder : rows.takeDue(now, BATCH)) {
            boolean wanted = fire(reminder, now);
            rows.done(reminder.id(), wanted, now);
            fired.add(new Fired(reminder, wanted));
        }
        return new Batch(fired);
    }

    /** Into slotbot.timers.fired: a reminder or a follow-up, sent or dropped, and how long after its moment. */
    private void count(Fired fired, Instant now) {
        meter.fired(fired.due().kind().wireName(), fired.sent() ? TimerMeter.Outcome.OK : TimerMeter.Outcome.DROPPED,
                Duration.between(fired.due().dueAt(), now));
    }

    private boolean fire(ReminderRows.Due reminder, Instant now) {
        Optional<Booking> booking = bookings.booking(reminder.bookingId());
        Optional<CompanyCatalog> branch = booking.flatMap(b -> catalog.catalog(b.companyId()));
        if (booking.isEmpty() || branch.isEmpty() || !ReminderPlan.stillWanted(reminder.kind(), booking.get(), now)) {
            log.info("Reminder {} of booking {} dropped: the visit no longer wants it", reminder.id(), reminder.bookingId());
            return false;
        }
        Booking b = booking.get();
        String employee = branch.get().employee(b.employeeId()).map(Employee::name).orElse("");
        callbacks.send(null, b.clientId(), reminder.kind() == Reminder.Kind.REMINDER
                ? CallbackTexts.reminder(b, employee, branch.get().company().zone())
                : CallbackTexts.completed(b, employee, branch.get().company().zone()));
        return true;
    }
}
