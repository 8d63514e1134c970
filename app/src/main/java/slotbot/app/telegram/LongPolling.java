package slotbot.app.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The library's long-poll session for one bot, on a thread of its own: getUpdates in a loop, each batch handed
 * to the consumer, a failed call followed by a growing pause (half a second, doubling, at most 30 seconds, for as
 * long as Telegram fails). The session calls deleteWebhook first, since Telegram serves one or the other.
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
                () -> new ExponentialBackOff.Builder()
                        .setInitialIntervalMillis(500)
                        .setMultiplier(2)
                        .setRandomizationFactor(0.2)
                        .setMaxIntervalMillis(30_000)
                        .setMaxElapsedTimeMillis(Integer.MAX_VALUE)
                        .build(),
                consumer);
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
