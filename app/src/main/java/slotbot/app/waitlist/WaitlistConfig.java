package slotbot.app.waitlist;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import slotbot.app.dialog.CallbackSender;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.HoldOffers;
import slotbot.booking.calendar.Waitlist;

import java.time.Duration;

/**
 * The waitlist's part of the app: the hold each offer makes ({@code slotbot.waitlist.hold}), its end as a durable
 * db-scheduler execution that passes the start on (exactly once, on one instance), and an hourly sweep of the
 * entries whose date has passed.
 */
@Configuration(proxyBeanMethods = false)
class WaitlistConfig {

    static final String HOLD_TASK = "waitlist-hold";
    static final Duration SWEEP_EVERY = Duration.ofHours(1);

    /** Ends a hold when it is due; the execution is named by the waitlist entry whose hold it ends. */
    @Bean
    OneTimeTask<Void> waitlistHoldTask(ObjectProvider<Waitlist> waitlist) {
        return Tasks.oneTime(HOLD_TASK).execute((instance, context) -> waitlist.getObject().expire(Long.parseLong(instance.getId())));
    }

    /** The app's scheduler client writes inside the current transaction: a hold and its end commit together. */
    @Bean
    HoldOffers holdOffers(SchedulerClient scheduler, OneTimeTask<Void> waitlistHoldTask, CallbackSender callbacks,
                          WaitlistSettings settings) {
        return new HoldOffers(new HoldTimeouts(callbacks, scheduler, waitlistHoldTask), settings.hold());
    }

    @Bean
    Waitlist waitlist(Bookings bookings) {
        return bookings.waitlist();
    }

    @Bean
    RecurringTask<Void> waitlistSweep(ObjectProvider<Waitlist> waitlist) {
        return Tasks.recurring("waitlist-sweep", FixedDelay.of(SWEEP_EVERY))
                .execute((instance, context) -> waitlist.getObject().dropPast());
    }
}
