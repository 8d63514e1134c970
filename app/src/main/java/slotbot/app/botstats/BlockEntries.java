package slotbot.app.botstats;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.jdbc.Writes;
import slotbot.funnel.dialog.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Writes the blocks a turn entered, in the turn's own transaction: the funnel's counts are exact because
 * they commit or roll back with the turn that caused them.
 */
public final class BlockEntries {

    private final JdbcClient jdbc;

    public BlockEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the entries in the order the turn made them: that order is what "the last block reached" reads. One statement for all. */
    public void record(String bot, String client, List<Turn.Entered> entered, Instant at) {
        if (!entered.isEmpty()) {
            Writes.Write write = write(bot, client, entered, at);
            jdbc.sql(write.sql()).params(write.params()).update();
        }
    }

    /** The statement that records the entries (there is at least one), for a turn that sends its writes together. */
    public Writes.Write write(String bot, String client, List<Turn.Entered> entered, Instant at) {
        StringBuilder sql = new StringBuilder("INSERT INTO bot_block_entry (bot, client_id, block, booked, entered_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (Turn.Entered entry : entered) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(bot, client, entry.block(), entry.booked(), utc(at)));
        }
        return new Writes.Write(sql.toString(), params);
    }
}
