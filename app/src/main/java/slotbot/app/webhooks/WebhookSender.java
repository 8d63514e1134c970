package slotbot.app.webhooks;

import slotbot.app.jdbc.DbTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.Backoff;
import slotbot.app.chores.Chore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the webhook outbox, oldest first: claims a small batch of due rows under a row lock
 * (moving them out of reach for a lease, so that no transaction stays open during HTTP), POSTs
 * each, then deletes it on 2xx or reschedules it after the settings' {@link Backoff}. A row waits while an
 * older row of its booking is pending, so each booking's events arrive in order. The sending runs
 * on a thread of its own, so that a slow receiver never holds up the app's shared scheduler.
 */
final class WebhookSender implements AutoCloseable, Chore {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int BATCH = 10;
    /** Covers sending a whole batch; a row whose sender died is taken again after it. */
    static final Duration LEASE = TIMEOUT.multipliedBy(BATCH + 1);
    private static final int MAX_ROUNDS = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WebhookSettings settings;
    private final Backoff backoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });

    WebhookSender(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.backoff = settings.backoff();
    }

    record Row(long id, long bookingId, String event, String payload, int attempts) {
    }

    @Override
    public Duration pause() {
        return Duration.ofSeconds(1);
    }

    @Override
    public void runChore() {
        poll();
    }

    /** Every second, on the sending thread; a poll still sending when the next comes is not doubled. */
    void poll() {
        if (settings.enabled() && busy.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    try {
                        drain();
                    } finally {
                        busy.set(false);
                    }
                });
            } catch (RejectedExecutionException closing) {
                busy.set(false);
            }
        }
    }

    /**
     * Sends what is due by the app's clock now, and returns once it is sent or rescheduled: tests move their clock
     * and call this instead of waiting for a poll. It runs on the sending thread, after any poll in progress.
     */
    void runDueNow() {
        if (!settings.enabled()) {
            return;
        }
        try {
            worker.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("webhook delivery failed", e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void drain() {
        try {
            for (int round = 0; round < MAX_ROUNDS && sendDue() > 0; round++) {
                // a delivered row may have unblocked the next event of its booking: go again at once
            }
        } catch (RuntimeException e) {
            log.error("Webhook delivery failed; the outbox keeps the events for the next poll", e);
        }
    }

    /** Sends one batch of due rows; returns how many were delivered. */
    int sendDue() {
        List<Row> batch = claim();
        int delivered = 0;
        for (Row row : batch) {
            if (send(row)) {
                jdbc.sql("DELETE FROM webhook_outbox WHERE id = ?").param(row.id()).update();
                delivered++;
            } else {
                Instant next = clock.instant().plus(backoff.after(row.attempts() + 1).orElseThrow());
                jdbc.sql("UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ? WHERE id = ?")
                        .params(row.attempts() + 1, DbTime.utc(next), row.id())
                        .update();
            }
        }
        return delivered;
    }

    /** Takes the due rows that have no older row of their booking still pending, oldest first, and leases them. */
    private List<Row> claim() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<Row> rows = jdbc.sql("SELECT o.id, o.booking_id, o.event, o.payload, o.attempts FROM webhook_outbox o"
                            + " WHERE o.next_attempt_at <= ?"
                            + " AND NOT EXISTS (SELECT 1 FROM webhook_outbox p WHERE p.booking_id = o.booking_id AND p.id < o.id)"
                            + " ORDER BY o.id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                    .param(DbTime.utc(now))
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                    .list();
            for (Row row : rows) {
                jdbc.sql("UPDATE webhook_outbox SET next_attempt_at = ? WHERE id = ?")
                        .params(DbTime.utc(now.plus(LEASE)), row.id())
                        .update();
            }
            return rows;
        });
    }

    private boolean send(Row row) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Slotbot-Event", row.event())
                .header("X-Slotbot-Signature", "sha256=" + sign(settings.secret(), row.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(row.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            log.warn("Webhook {} ({}, attempt {}) answered {}; retrying later", row.id(), row.event(), row.attempts() + 1,
                    response.statusCode());
        } catch (IOException e) {
            log.warn("Webhook {} ({}, attempt {}) not delivered: {}; retrying later", row.id(), row.event(),
                    row.attempts() + 1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Webhook {} interrupted; retrying later", row.id());
        }
        return false;
    }

    /** Lowercase hex HMAC-SHA256 of the UTF-8 body. */
    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
