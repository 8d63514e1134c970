package slotbot.app.dialog;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

import java.util.function.Supplier;

/**
 * Runs db-scheduler while the app runs: each instance polls the shared table and one of them
 * picks each due timer. A stopped db-scheduler cannot start again, so each start makes a new one.
 */
public final class TimerScheduler implements SmartLifecycle {

    private final Supplier<Scheduler> factory;
    private volatile Scheduler running;

    TimerScheduler(Supplier<Scheduler> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized void start() {
        if (running == null) {
            running = factory.get();
            running.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    /** Looks for due timers now instead of at the next poll: for tests that move the clock. */
    public void checkDueNow() {
        Scheduler scheduler = running;
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }
}
