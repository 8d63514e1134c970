package slotbot.app.dialog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Fires a dialog's timers on the test's own thread, as the scheduler's thread would (the same call): for tests
 * that race a timer against something else and must know when it has run.
 */
public final class DueTimers {

    private DueTimers() {
    }

    /** The ids of the client's pending timers with this bot. */
    public static List<String> of(JdbcClient jdbc, String bot, String client) {
        return jdbc.sql("SELECT id FROM dialog_timer WHERE bot = ? AND client_id = ? ORDER BY fire_at").params(bot, client)
                .query(String.class).list();
    }

    public static void fire(DialogTurns turns, String timerId) {
        turns.fire(timerId);
    }
}
