package slotbot.app.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import slotbot.app.jdbc.Database;
import slotbot.app.SlotbotProperties;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.metrics.RateLimits;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The bots connected to Telegram, one {@link TelegramConnector} per {@code slotbot.telegram.bots.<bot>.token}.
 * With none configured it starts nothing: no thread, no connection. Started last and stopped first, so the web
 * server takes webhooks before Telegram is told of them, and the database is still there while lanes drain.
 */
@Component
class TelegramConnectors implements SmartLifecycle, DialogTurns.MessageListener {

    private static final Logger log = LoggerFactory.getLogger(TelegramConnectors.class);

    private final SlotbotProperties properties;
    private final DialogTurns turns;
    private final TelegramContacts contacts;
    private final RateLimits refusals;
    private final Map<String, TelegramConnector> connectors = new ConcurrentHashMap<>();
    private ScheduledExecutorService starter;
    private volatile boolean running;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Database database;

    TelegramConnectors(SlotbotProperties properties, DialogTurns turns, TelegramContacts contacts, RateLimits refusals,
                       JdbcClient jdbc, Clock clock, Database database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.database = database;
        this.properties = properties;
        this.turns = turns;
        this.contacts = contacts;
        this.refusals = refusals;
    }

    @Override
    public synchronized void start() {
        Map<String, SlotbotProperties.TelegramBot> bots = properties.telegram().bots();
        if (!bots.isEmpty()) {
            starter = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "slotbot-telegram-connect");
                thread.setDaemon(true);
                return thread;
            });
            boolean postgres = database.postgres();
            bots.forEach((bot, settings) -> {
                TelegramConnector connector = new TelegramConnector(bot, settings, properties.telegram(), properties.publicUrl(), turns,
                        contacts, refusals, new TelegramStore(jdbc, clock, postgres, settings.token()));
                connectors.put(bot, connector);
                connector.start(starter);
            });
            log.info("Connecting bots {} to Telegram at {}", bots.keySet(), properties.telegram().apiUrl());
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (starter != null) {
            starter.shutdownNow();
        }
        connectors.values().forEach(TelegramConnector::close);
        connectors.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The connector of a bot that takes updates by webhook, if there is one by that name. */
    Optional<TelegramConnector> byWebhook(String bot) {
        return Optional.ofNullable(connectors.get(bot)).filter(TelegramConnector::byWebhook);
    }

    /** Called after every turn that stored bot messages, on the thread that played it: must be quick and must not throw. */
    @Override
    public void sent(String bot, String client, List<DialogTurns.Sent> messages) {
        if (connectors.isEmpty() || !client.startsWith(TelegramConnector.CLIENT_PREFIX)) {
            return;
        }
        try {
            TelegramConnector connector = connectors.get(bot);
            if (connector != null) {
                connector.sent(client, messages);
            }
        } catch (RuntimeException e) {
            log.error("Could not queue the messages of bot {} for {} on Telegram", bot, client, e);
        }
    }
}
