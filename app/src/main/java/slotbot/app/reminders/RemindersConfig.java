package slotbot.app.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.calendar.JdbcBookingData;
import slotbot.app.catalog.CatalogCache;
import slotbot.app.dialog.CallbackSender;
import slotbot.app.metrics.Gauges;
import slotbot.app.metrics.TimerMeter;
import slotbot.booking.reminders.Reminder;

import java.time.Clock;
import java.time.Duration;

/**
 * Reminders and follow-ups on the app's one timer mechanism, db-scheduler. Not one db-scheduler task per
 * reminder: a table of due moments (booking_reminder) that one recurring task polls. The table is what a move
 * rewrites and a cancel voids in the booking's own transaction, what the owner reads to see which reminders
 * went out, and what lets one instance send hundreds of reminders per transaction (SKIP LOCKED shares the
 * rows among instances) where a task per reminder would cost a pick, a run and a completion each.
 */
@Configuration(proxyBeanMethods = false)
class RemindersConfig {

    /** How often each instance looks for due reminders, by the app's clock: a reminder goes out within this of its moment. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    @Bean
    ReminderRows reminderRows(JdbcClient jdbc) {
        return new ReminderRows(jdbc);
    }

    @Bean
    BookingReminders bookingReminders(ReminderRows rows, CatalogCache catalog, Clock clock) {
        return new BookingReminders(rows, catalog, clock);
    }

    @Bean
    ReminderFiring reminderFiring(ReminderRows rows, JdbcBookingData bookings, CatalogCache catalog, CallbackSender callbacks,
                                  PlatformTransactionManager transactions, Clock clock, TimerMeter meter) {
        return new ReminderFiring(rows, bookings, catalog, callbacks, new TransactionTemplate(transactions), clock, meter);
    }

    /** Reminders and follow-ups past their moment and not yet sent: at most {@link #CHECK_EVERY}'s worth while all is well. */
    @Bean
    MeterBinder overdueReminders(ReminderRows rows, Clock clock) {
        return registry -> {
            for (Reminder.Kind kind : Reminder.Kind.values()) {
                Gauges.overdue(kind.wireName(), () -> rows.overdue(kind, clock.instant())).bindTo(registry);
            }
        };
    }

    @Bean
    RecurringTask<Void> reminderCheck(ReminderFiring firing) {
        return Tasks.recurring("booking-reminders", FixedDelay.of(CHECK_EVERY))
                .execute((instance, context) -> firing.runDueNow());
    }

    @Bean
    ReminderLog reminderLog(ReminderRows rows) {
        return new ReminderLog(rows);
    }
}
