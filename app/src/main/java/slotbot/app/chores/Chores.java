package slotbot.app.chores;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * Runs every {@link Chore} bean while the application runs, on one thread, as {@code @Scheduled(fixedDelay)} would.
 * In place of {@code @EnableScheduling}: its post-processor searched the methods of every bean for the annotation
 * while the application started (7 % of the start-up thread's time, issue 14), to find three.
 */
@Component
class Chores implements SmartLifecycle {

    private final List<Chore> chores;
    private ThreadPoolTaskScheduler scheduler;
    private List<ScheduledFuture<?>> running = List.of();

    Chores(List<Chore> chores) {
        this.chores = chores;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("slotbot-chores-");
        scheduler.initialize();
        running = chores.stream()
                .<ScheduledFuture<?>>map(chore -> scheduler.scheduleWithFixedDelay(chore::runChore, chore.pause()))
                .toList();
    }

    @Override
    public synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running = List.of();
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
