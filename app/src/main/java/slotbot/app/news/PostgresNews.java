package slotbot.app.news;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * News between instances on PostgreSQL. Sending: what this instance stored is queued in memory and, every
 * {@link #BATCH_EVERY}, sent in one {@code pg_notify} per ~7 KB of lines, on a pooled connection in a transaction of its
 * own (never the request's), unless no other instance listens. Hearing: one thread per instance holds a connection of its own (not from the pool that
 * serves requests) in {@code LISTEN}, and tells this instance's streams; after it (re)connects it tells them to look
 * again at everything, since notifications sent while it was away are gone.
 * <p>
 * A payload is lines: the sending instance's id (its own news it already told), then {@code c <bot> <client>} or
 * {@code b <branch id>}, fields URL-encoded and separated by a space.
 */
final class PostgresNews implements News.Relay, SmartLifecycle {

    static final String CHANNEL = "slotbot_news";
    /** The application name of each instance's listening session: how an instance sees that others listen. */
    static final String LISTENER = "slotbot-news";
    /** How often the sender looks again whether another instance listens (a few seconds, as the catch-up poll). */
    static final Duration OTHERS_EVERY = Duration.ofSeconds(2);
    static final Duration BATCH_EVERY = Duration.ofMillis(10);
    private static final int MAX_PAYLOAD = 7_000; // PostgreSQL takes up to 8000 bytes
    private static final Logger log = LoggerFactory.getLogger(PostgresNews.class);

    private final News news;
    private final JdbcClient jdbc;
    private final String url;
    private final Properties login;
    private final ConcurrentLinkedQueue<String> outgoing = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService sender;
    private Thread listener;
    private volatile Connection listening;
    private volatile boolean running;
    /** The backend of this instance's own listening session, -1 while it has none. */
    private volatile int ownListener = -1;
    /** When the sender last looked for other instances (System.nanoTime), and whether it found one. */
    private volatile long othersLookedAt;
    private volatile boolean othersListen = true;

    PostgresNews(News news, JdbcClient jdbc, String url, String user, String password) {
        this.news = news;
        this.jdbc = jdbc;
        this.url = url;
        this.login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", LISTENER);
    }

    @Override
    public void pass(Set<News.Chat> chats, Set<Long> branches) {
        chats.forEach(chat -> outgoing.add("c " + encode(chat.bot()) + " " + encode(chat.client())));
        branches.forEach(branch -> outgoing.add("b " + branch));
    }

    /** Sends what was queued since the last call; the sender's work, which tests may call. */
    void flush() {
        Set<String> lines = new LinkedHashSet<>();
        for (String line = outgoing.poll(); line != null; line = outgoing.poll()) {
            lines.add(line);
        }
        if (lines.isEmpty() || !othersListen()) {
            return;
        }
        for (String payload : payloads(lines)) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().singleColumn(); // one row, of void
        }
    }

    /**
     * Whether another instance listens, looked up at most every {@link #OTHERS_EVERY}. An instance alone sends nothing:
     * each notification would be a transaction of its own and a wake-up of its own listener, for nobody (issue 14: one
     * per chat turn at a paced rate). An instance that joins looks at everything once its listener connects, and its
     * catch-up poll finds what was stored before the others saw it come.
     */
    private boolean othersListen() {
        long now = System.nanoTime();
        if (othersLookedAt == 0 || now - othersLookedAt >= OTHERS_EVERY.toNanos()) {
            othersListen = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = ?"
                            + " AND datname = current_database() AND pid <> ?)")
                    .params(LISTENER, ownListener).query(Boolean.class).single();
            othersLookedAt = now;
        }
        return othersListen;
    }

    /** Looks again at the next send whether other instances listen: for tests that start one. */
    void lookAgainForOthers() {
        othersLookedAt = 0;
    }

    private List<String> payloads(Set<String> lines) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder(news.instance());
        for (String line : lines) {
            if (payload.length() + line.length() + 1 > MAX_PAYLOAD) {
                payloads.add(payload.toString());
                payload = new StringBuilder(news.instance());
            }
            payload.append('\n').append(line);
        }
        payloads.add(payload.toString());
        return payloads;
    }

    private void send() {
        try {
            flush();
        } catch (RuntimeException e) {
            // Lost for now: the catch-up poll finds what it was about within a few seconds.
            log.warn("News could not be sent to the other instances ({}); their catch-up poll will find it", e.getMessage());
        }
    }

    private void listen() {
        int attempt = 0;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, login)) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                attempt = 0;
                PGConnection pg = connection.unwrap(PGConnection.class);
                ownListener = pg.getBackendPID();
                news.everything(); // what was sent while this listener was away
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        hear(notifications);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                attempt++;
                log.warn("The news listener lost its connection ({}); connecting again", e.getMessage());
                pause(Math.min(5_000, 200L * attempt));
            } finally {
                listening = null;
                ownListener = -1;
            }
        }
    }

    private void hear(PGNotification[] notifications) {
        Map<News.Chat, Long> chats = new HashMap<>();
        Set<Long> branches = new HashSet<>();
        for (PGNotification notification : notifications) {
            String[] lines = notification.getParameter().split("\n");
            if (lines[0].equals(news.instance())) {
                continue; // this instance's own, told to its streams when it was stored
            }
            for (int i = 1; i < lines.length; i++) {
                String[] fields = lines[i].split(" ");
                if (fields[0].equals("c") && fields.length == 3) {
                    chats.put(new News.Chat(decode(fields[1]), decode(fields[2])), Long.MAX_VALUE);
                } else if (fields[0].equals("b") && fields.length == 2) {
                    branches.add(Long.parseLong(fields[1]));
                }
            }
        }
        news.heard(chats, branches);
    }

    @Override
    public void start() {
        running = true;
        sender = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "slotbot-news-send"));
        sender.scheduleWithFixedDelay(this::send, BATCH_EVERY.toMillis(), BATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        listener = daemon(this::listen, "slotbot-news-listen");
        listener.start();
    }

    /** Sends what is still queued, then hangs up; stopped before the pool closes (a high phase stops early). */
    @Override
    public void stop() {
        running = false;
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("News listener closed: {}", e.getMessage());
            }
        }
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // a pause between reconnects, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
