package slotbot.app.dialog;

import slotbot.app.calendar.QueuedCallbacks;
import slotbot.app.jdbc.DbTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Callbacks waiting for their dialog: written in the transaction that causes them (a booking, a
 * bot's callback()), handed to a worker right after it commits, and swept up later if the app
 * stopped in between. Deleting the row in the delivering turn makes each arrive once.
 */
final class CallbackOutbox {

    /** Longer than any delivery right after its commit takes, so that the sweep does not race it. */
    static final Duration STRANDED = Duration.ofSeconds(10);
    /** How often the sweep looks, by the app's clock (db-scheduler's). */
    static final Duration SWEEP_EVERY = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(CallbackOutbox.class);

    private final JdbcClient jdbc;
    private final ExecutorService worker;
    private final Clock clock;
    private Supplier<DialogTurns> turns;

    CallbackOutbox(JdbcClient jdbc, ExecutorService worker, Clock clock) {
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
    }

    void use(Supplier<DialogTurns> dialogTurns) {
        this.turns = dialogTurns;
    }

    /** A callback for one bot's dialog with the client, or for each of the client's dialogs when {@code bot} is null. */
    void add(String bot, String client, String text) {
        var keys = new GeneratedKeyHolder();
        String utc = "CAST(? AS TIMESTAMP WITH TIME ZONE)";
        if (bot != null) {
            jdbc.sql("INSERT INTO callback_outbox (bot, client_id, text, created_at) VALUES (?, ?, ?, ?)")
                    .params(bot, client, text, DbTime.utc(clock.instant()))
                    .update(keys, "id");
        } else {
            // One statement whatever the number of the client's dialogs, none included; each row's bot comes back with its id.
            jdbc.sql("INSERT INTO callback_outbox (bot, client_id, text, created_at) SELECT bot, client_id, CAST(? AS VARCHAR(20000)), " + utc
                            + " FROM dialog WHERE client_id = ? ORDER BY bot")
                    .params(text, DbTime.utc(clock.instant()), client)
                    .update(keys, "id", "bot");
        }
        // The key maps are case-insensitive (H2 names the columns in capitals).
        deliverAfterCommit(keys.getKeyList().stream().map(row -> new QueuedCallbacks.Row(((Number) row.get("id")).longValue(),
                bot != null ? bot : (String) row.get("bot"), client, text)).toList());
    }

    /**
     * Hands rows written in the current transaction (by {@link #add}, or by a booking's statement) to the worker once it
     * commits. Each carries what its turn needs, so the worker reads nothing back: the turn's claim of the row is what
     * makes it arrive once.
     */
    void deliverAfterCommit(List<QueuedCallbacks.Row> rows) {
        rows.forEach(this::afterCommit);
    }

    /** How many callbacks wait for their dialog, for the backlog gauge. */
    long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM callback_outbox").query(Long.class).single();
    }

    /** Removes a callback from the outbox inside the turn that delivers it; false when it was delivered already. */
    boolean claim(long id) {
        return claimOf(id).take(jdbc);
    }

    /** The row a callback's turn takes as it locks the dialog (DialogRows#lockClaiming). */
    DialogRows.Claim claimOf(long id) {
        return new DialogRows.Claim("callback_outbox", id);
    }

    private void afterCommit(QueuedCallbacks.Row row) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.execute(() -> deliver(row));
                }
            });
        } else {
            worker.execute(() -> deliver(row));
        }
    }

    /**
     * Delivers, on the calling thread, every callback that waited longer than {@link #STRANDED} by the app's clock:
     * the sweep after a crash between commit and delivery, which a recurring task runs. Tests move their clock and
     * call it directly.
     */
    void runDueNow() {
        List<Long> ids = jdbc.sql("SELECT id FROM callback_outbox WHERE created_at < ? ORDER BY id")
                .param(DbTime.utc(clock.instant().minus(STRANDED)))
                .query(Long.class).list();
        ids.forEach(this::deliver);
    }

    private void deliver(long id) {
        try {
            jdbc.sql("SELECT bot, client_id, text FROM callback_outbox WHERE id = ?").param(id)
                    .query((rs, n) -> new QueuedCallbacks.Row(id, rs.getString(1), rs.getString(2), rs.getString(3)))
                    .optional()
                    .ifPresent(this::deliver);
        } catch (RuntimeException e) {
            log.error("Callback {} not delivered; it stays in the outbox for the next sweep", id, e);
        }
    }

    private void deliver(QueuedCallbacks.Row row) {
        try {
            turns.get().callback(row.id(), row.bot(), row.clientId(), row.text());
        } catch (RuntimeException e) {
            log.error("Callback {} not delivered; it stays in the outbox for the next sweep", row.id(), e);
        }
    }
}
