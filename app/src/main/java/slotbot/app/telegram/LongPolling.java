package slotbot.app.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.telegram.telegrambots.meta.api.objects.Update;
import slotbot.app.Backoff;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Long polling of one bot on a thread of its own, by the one instance that holds the token's lease ({@link TelegramStore#hold}):
 * the others wait and take over once it lapses (the holder died), within the lease and a quarter of it.
 * <p>
 * An update's offset is confirmed (the next getUpdates' {@code offset}) only once every update of its batch was
 * played, its turn committed; an instance that dies before leaves them to its successor, which gets them again and
 * skips those already played ({@link TelegramStore#claim}). So none is lost and none played twice.
 * <p>
 * The holder renews the lease every third of it: getUpdates waits at most a quarter of the lease, and a batch that
 * takes long renews it while it waits. The token never reaches a log.
 */
final class LongPolling {

    static final List<String> UPDATES = List.of("message", "callback_query");
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    private final String bot;
    private final BotApi api;
    private final TelegramStore store;
    private final Duration lease;
    private final Duration pollTimeout;
    private final Function<Update, CompletableFuture<Boolean>> consumer;
    private final String holder = UUID.randomUUID().toString();
    private final Thread thread;
    private volatile boolean running;

    /** @param consumer queues an update, its future done once it was played (true) or could not be queued (false) */
    LongPolling(String bot, BotApi api, TelegramStore store, Duration pollTimeout, Duration lease,
                Function<Update, CompletableFuture<Boolean>> consumer) {
        this.bot = bot;
        this.api = api;
        this.store = store;
        this.lease = lease;
        this.pollTimeout = max(Duration.ofSeconds(1), min(pollTimeout, lease.dividedBy(4)));
        this.consumer = consumer;
        this.thread = new Thread(this::run, "slotbot-telegram-" + bot + "-poll");
        this.thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    boolean running() {
        return running && thread.isAlive();
    }

    /** Stops polling and gives the lease up, so that another instance takes over at once; what was not confirmed comes again. */
    void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.release(holder);
        } catch (DataAccessException e) {
            log.debug("Bot {}: the lease could not be given up ({}); it lapses by itself", bot, e.getMessage());
        }
    }

    private void run() {
        boolean holding = false;
        Integer offset = null;
        int failures = 0;
        while (running) {
            try {
                if (!store.hold(holder, lease)) {
                    if (holding) {
                        log.warn("Bot {}: another instance holds the long-poll lease now; this one stops polling", bot);
                    }
                    holding = false;
                    pause(lease.dividedBy(4));
                    continue;
                }
                if (!holding) {
                    api.deleteWebhook();
                    store.forgetOldUpdates();
                    log.info("Bot {}: this instance holds the long-poll lease and polls Telegram", bot);
                    holding = true;
                    offset = null; // from the oldest update not confirmed, whoever fetched it before
                }
                List<Update> batch = api.updates(offset, pollTimeout);
                failures = 0;
                if (batch.isEmpty()) {
                    continue;
                }
                if (played(batch)) {
                    offset = batch.stream().mapToInt(Update::getUpdateId).max().orElseThrow() + 1;
                } else {
                    holding = false; // fetched again from the oldest not confirmed; those played are skipped then
                }
            } catch (BotApiCallFailed | DataAccessException e) {
                if (!running) {
                    return;
                }
                failures++;
                Duration wait = Backoff.TELEGRAM_POLL.after(failures).orElse(Backoff.TELEGRAM_POLL.longest());
                log.warn("Bot {}: long polling failed ({}); trying again in {} ms", bot, e.getMessage(), wait.toMillis());
                pause(wait);
            } catch (RuntimeException e) {
                failures++;
                log.error("Bot {}: long polling failed; trying again", bot, e);
                pause(Backoff.TELEGRAM_POLL.longest());
            }
        }
    }

    /** Waits for the batch to be played, renewing the lease meanwhile; false when one could not be queued or the lease was lost. */
    private boolean played(List<Update> batch) {
        CompletableFuture<?>[] futures = batch.stream().map(consumer).toArray(CompletableFuture[]::new);
        CompletableFuture<Void> all = CompletableFuture.allOf(futures);
        while (running) {
            try {
                all.get(lease.dividedBy(3).toMillis(), TimeUnit.MILLISECONDS);
                for (CompletableFuture<?> future : futures) {
                    if (!Boolean.TRUE.equals(future.join())) {
                        pause(Backoff.TELEGRAM_POLL.first());
                        return false;
                    }
                }
                return true;
            } catch (TimeoutException e) {
                if (!store.hold(holder, lease)) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return false;
            }
        }
        return false;
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis()); // the pace of polling and of standing by, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
