package slotbot.app.botstats;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.funnel.bot.Block;
import slotbot.funnel.bot.Bot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Counts a bot's funnel from its block entries. One statement reads every number, so they come from one
 * snapshot of the table even while dialogs go on: the totals never disagree with the blocks.
 */
public final class BotStats {

    private static final String COUNT = """
            WITH e AS (
                SELECT id, client_id, block, booked FROM bot_block_entry WHERE bot = :bot AND entered_at >= :from AND entered_at < :until
            ), last_entry AS (
                SELECT MAX(id) AS id FROM e GROUP BY client_id
            )
            SELECT e.block AS block, COUNT(*) AS visits, COUNT(DISTINCT e.client_id) AS clients, COUNT(last_entry.id) AS stopped
              FROM e LEFT JOIN last_entry ON last_entry.id = e.id GROUP BY e.block
            UNION ALL
            SELECT CAST(NULL AS VARCHAR(200)), COUNT(*), COUNT(DISTINCT client_id), COUNT(DISTINCT CASE WHEN booked THEN client_id END)
              FROM e
            """;

    private final JdbcClient jdbc;

    public BotStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The funnel between two dates of the bot's zone, both included: every block of the bot, then any no longer in it. */
    public FunnelCounts of(Bot bot, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(bot.zone()).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(bot.zone()).toInstant();
        Map<String, FunnelCounts.BlockCounts> counted = new TreeMap<>();
        long[] totals = new long[2];
        jdbc.sql(COUNT).param("bot", bot.name()).param("from", utc(start)).param("until", utc(until))
                .query(rs -> {
                    String block = rs.getString(1);
                    if (block == null) {
                        totals[0] = rs.getLong(3);
                        totals[1] = rs.getLong(4);
                    } else {
                        long clients = rs.getLong(3);
                        counted.put(block, new FunnelCounts.BlockCounts(block, rs.getLong(2), clients, clients - rs.getLong(4)));
                    }
                });
        Map<String, FunnelCounts.BlockCounts> blocks = new LinkedHashMap<>();
        for (Block block : bot.blocks()) {
            blocks.put(block.id(), counted.getOrDefault(block.id(), new FunnelCounts.BlockCounts(block.id(), 0, 0, 0)));
        }
        counted.forEach(blocks::putIfAbsent);
        return new FunnelCounts(totals[0], totals[1], new ArrayList<>(blocks.values()));
    }
}
