package slotbot.app.dialog;

import slotbot.app.jdbc.DbTime;
import slotbot.app.jdbc.Writes;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.funnel.dialog.Timer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delayed arrows on db-scheduler: persistent (they survive restarts), cluster-safe (one instance
 * picks each). Our own row per timer, deleted by the turn that follows the arrow, makes each fire
 * exactly once even if the scheduler ran it twice.
 */
final class DialogTimers {

    private final JdbcClient jdbc;
    private final OneTimeTask<Void> task;

    DialogTimers(JdbcClient jdbc, OneTimeTask<Void> task) {
        this.jdbc = jdbc;
        this.task = task;
    }

    record Stored(String bot, String client, Timer timer) {
    }

    /** Voids every pending timer of one dialog (a reset by the owner). */
    void voidAll(String bot, String client) {
        jdbc.sql("DELETE FROM dialog_timer WHERE bot = ? AND client_id = ?").params(bot, client).update();
    }

    /**
     * The writes that schedule a turn's timers, which the turn sends with its other writes (one round trip, not two
     * more): their own rows, and db-scheduler's, written as its {@code SchedulerClient.scheduleBatch} writes them
     * (a new task, not picked, version 1, no data: the task carries only the timer's id), so that all are there or
     * none. Each timer's id is new, so its task is created without first asking whether it exists.
     */
    List<Writes.Write> schedule(String bot, String client, List<Timer> timers) {
        if (timers.isEmpty()) {
            return List.of();
        }
        StringBuilder rows = new StringBuilder("INSERT INTO dialog_timer (id, bot, client_id, block, arrow, visit, epoch, keep, fire_at) VALUES ");
        StringBuilder tasks = new StringBuilder("INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version) VALUES ");
        List<Object> rowParams = new ArrayList<>();
        List<Object> taskParams = new ArrayList<>();
        for (Timer timer : timers) {
            String id = UUID.randomUUID().toString();
            String comma = rowParams.isEmpty() ? "" : ", ";
            rows.append(comma).append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            rowParams.addAll(Arrays.asList(id, bot, client, timer.block(), timer.arrowIndex(), timer.visit(), timer.epoch(), timer.keep(),
                    DbTime.utc(timer.fireAt())));
            tasks.append(comma).append("(?, ?, NULL, ?, FALSE, 1)");
            taskParams.addAll(List.of(task.getName(), id, DbTime.utc(timer.fireAt())));
        }
        return List.of(new Writes.Write(rows.toString(), rowParams), new Writes.Write(tasks.toString(), taskParams));
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("SELECT bot, client_id, block, arrow, visit, epoch, keep, fire_at FROM dialog_timer WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), new Timer(rs.getString(3), rs.getInt(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7), rs.getObject(8, OffsetDateTime.class).toInstant())))
                .optional();
    }

    /** Takes the timer for this turn; false when another run of it took it first. */
    boolean claim(String id) {
        return claimOf(id).take(jdbc);
    }

    /** The row a timer's turn takes as it locks the dialog (DialogRows#lockClaiming). */
    DialogRows.Claim claimOf(String id) {
        return new DialogRows.Claim("dialog_timer", id);
    }

    int pending(String bot, String client) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_timer WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(Integer.class).single();
    }
}
