package slotbot.app.chores;

import java.time.Duration;

/**
 * Work a bean has done every so often on this instance ({@link Chores} runs it): a stream's heartbeat, a poll of an
 * outbox. Not a business timer: those are db-scheduler's, shared by the cluster and kept across restarts.
 */
public interface Chore {

    /** The pause from the end of one run to the start of the next (the first run comes at once). */
    Duration pause();

    /** One run; what it throws is logged, and the next run still comes. */
    void runChore();
}
