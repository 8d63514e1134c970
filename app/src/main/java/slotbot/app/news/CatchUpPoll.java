package slotbot.app.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One query per instance per period, however many streams are open: which chats got bot messages lately, with the
 * highest id of each; a stream that has less reads what it misses. While no chat page is open here, only the highest
 * message id is read. On H2 this is how instances hear of each other
 * (each second); on PostgreSQL it is the backstop for a notification lost to a crash (every few seconds).
 * <p>
 * It reads from the highest id seen {@link #LAG} polls ago, not the last poll's: ids are taken before commit, so a
 * message may become visible after one with a higher id in another chat.
 */
final class CatchUpPoll implements SmartLifecycle {

    static final int LAG = 3;
    private static final Logger log = LoggerFactory.getLogger(CatchUpPoll.class);

    private final News news;
    private final JdbcClient jdbc;
    private final Duration every;
    private final Deque<Long> seen = new ArrayDeque<>();
    private ScheduledExecutorService thread;
    private volatile boolean running;

    CatchUpPoll(News news, JdbcClient jdbc, Duration every) {
        this.news = news;
        this.jdbc = jdbc;
        this.every = every;
    }

    /** One poll, on the calling thread: what the period's work does, which tests may call. */
    synchronized void runDueNow() {
        if (!news.followsChats()) {
            // No chat page is open here: only where the messages are is noted (one index lookup), so that the window
            // is ready when one opens, instead of grouping the last polls' messages (26 ms a poll at 450 turns/s).
            remember(highestId());
            news.everything();
            return;
        }
        if (seen.isEmpty()) {
            seen.add(highestId());
        }
        long from = seen.peekFirst();
        Map<News.Chat, Long> chats = new HashMap<>();
        long[] highest = {seen.peekLast()};
        jdbc.sql("SELECT bot, client_id, MAX(id) FROM dialog_message WHERE id > ? AND direction = 'out' GROUP BY bot, client_id")
                .param(from)
                .query(rs -> {
                    long id = rs.getLong(3);
                    chats.put(new News.Chat(rs.getString(1), rs.getString(2)), id);
                    highest[0] = Math.max(highest[0], id);
                });
        remember(highest[0]);
        news.heard(chats, Set.of());
        news.everything();
    }

    private long highestId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM dialog_message").query(Long.class).single();
    }

    private void remember(long highest) {
        seen.addLast(highest);
        while (seen.size() > LAG) {
            seen.removeFirst();
        }
    }

    private void poll() {
        try {
            runDueNow();
        } catch (DataAccessException e) {
            log.warn("News catch-up: the database could not be read ({}); trying again in {} s", e.getMessage(), every.toSeconds());
        } catch (RuntimeException e) {
            log.error("News catch-up failed; trying again in {} s", every.toSeconds(), e);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "slotbot-news-catch-up");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        thread.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
