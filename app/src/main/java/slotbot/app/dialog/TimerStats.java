package slotbot.app.dialog;

import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.jdbc.DbTime;
import slotbot.app.metrics.Gauges;
import slotbot.app.metrics.TimerMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What db-scheduler tells of its runs, as meters: the library's own for every task ({@code dbscheduler_task_*}:
 * completions, durations, the last run, which shows a recurring check that stopped), and for the one-time tasks,
 * the app's timers (a dialog's delayed arrow, a waitlist hold's end), each run's lag into {@code slotbot.timers.fired}
 * and the executions past their moment and not yet picked as {@code slotbot.timers.overdue}. Made once: a
 * restarted scheduler keeps counting into the same meters.
 */
final class TimerStats implements StatsRegistry {

    private final StatsRegistry library;
    private final TimerMeter fired;
    private final Set<String> timers;
    private final JdbcClient jdbc;
    private final Clock clock;

    TimerStats(MeterRegistry registry, TimerMeter fired, List<? extends Task<?>> timers, List<? extends Task<?>> all,
               JdbcClient jdbc, Clock clock) {
        this.library = new MicrometerStatsRegistry(registry, all);
        this.fired = fired;
        this.timers = Set.copyOf(timers.stream().map(Task::getName).toList());
        this.jdbc = jdbc;
        this.clock = clock;
        this.timers.forEach(task -> Gauges.overdue(task, () -> overdue(task)).bindTo(registry));
    }

    /** Over the index on execution_time: only the rows past their moment are read, few while the scheduler keeps up. */
    private long overdue(String task) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? AND task_name = ? AND picked = ?")
                .params(DbTime.utc(clock.instant()), task, false)
                .query(Long.class).single();
    }

    @Override
    public void registerSingleCompletedExecution(ExecutionComplete done) {
        library.registerSingleCompletedExecution(done);
        String task = done.getExecution().getTaskName();
        if (timers.contains(task)) {
            Instant started = done.getTimeDone().minus(done.getDuration());
            fired.fired(task, done.getResult() == ExecutionComplete.Result.OK ? TimerMeter.Outcome.OK : TimerMeter.Outcome.FAILED,
                    Duration.between(done.getExecution().getExecutionTime(), started));
        }
    }

    @Override
    public void register(SchedulerStatsEvent event) {
        library.register(event);
    }

    @Override
    public void register(CandidateStatsEvent event) {
        library.register(event);
    }

    @Override
    public void register(ExecutionStatsEvent event) {
        library.register(event);
    }
}
