package slotbot.app.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import slotbot.app.Backoff;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The library's long-poll session for one bot, on a thread of its own: getUpdates in a loop, each batch handed
 * to the consumer, a failed call followed by a growing pause ({@link Backoff#TELEGRAM_POLL}, for as long as
 * Telegram fails). The session calls deleteWebhook first, since Telegram serves one or the other.
 *
 * <p>The session stops for good if the consumer throws, so the consumer must not ({@link TelegramConnector#accept}
 * catches per update). The session object prints its token in {@code toString()}: it is never logged.
 */
final class LongPolling {

    static final List<String> UPDATES = List.of("message", "callback_query");

    private final ScheduledExecutorService thread;
    private final BotSession session;

    LongPolling(String bot, BotApi api, Duration pollTimeout, LongPollingUpdateConsumer consumer) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "slotbot-telegram-" + bot + "-poll");
            t.setDaemon(true);
            return t;
        });
        int seconds = (int) pollTimeout.toSeconds();
        this.session = new BotSession(new ObjectMapper(), api.pollingHttp(pollTimeout), thread, api.token(), api::url,
                last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(seconds).allowedUpdates(UPDATES).build(),
                LongPolling::backOff,
                consumer);
    }

    /**
     * The session takes the library's own backoff type; its bounds are the shared {@link Backoff#TELEGRAM_POLL}, with
     * some jitter so that bots that failed together do not all ask again at the same instant.
     */
    private static ExponentialBackOff backOff() {
        return new ExponentialBackOff.Builder()
                .setInitialIntervalMillis(Math.toIntExact(Backoff.TELEGRAM_POLL.first().toMillis()))
                .setMultiplier(2)
                .setRandomizationFactor(0.2)
                .setMaxIntervalMillis(Math.toIntExact(Backoff.TELEGRAM_POLL.longest().toMillis()))
                .setMaxElapsedTimeMillis(Integer.MAX_VALUE)
                .build();
    }

    /** Deletes any webhook and starts polling; may be called again after it failed. */
    void start() throws TelegramApiException {
        session.start();
    }

    boolean running() {
        return session.isRunning();
    }

    /** Stops polling and interrupts a getUpdates in flight; what it fetched and did not confirm comes again next time. */
    void close() {
        session.stop();
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
