package slotbot.app.waitlist;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import slotbot.app.dialog.CallbackSender;
import slotbot.booking.availability.Hold;
import slotbot.booking.calendar.HoldListener;

/**
 * A start held for a waiting client, in the transaction that holds it: the client's dialogs get the
 * {@code waitlist_slot_free} callback through the callback outbox (the path of {@code new_order_in_calendar}), and a
 * db-scheduler execution due at the hold's end is written beside it, so the hold ends on time on whichever instance
 * picks it, also after a restart. The execution is named by the waitlist entry, which holds one start at most.
 */
final class HoldTimeouts implements HoldListener {

    private final CallbackSender callbacks;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;

    HoldTimeouts(CallbackSender callbacks, SchedulerClient scheduler, OneTimeTask<Void> task) {
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.task = task;
    }

    @Override
    public void held(Hold hold, String callbackText) {
        callbacks.send(null, hold.clientId(), callbackText);
        scheduler.schedule(task.instance(String.valueOf(hold.waitlistId())), hold.expiresAt(),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }
}
