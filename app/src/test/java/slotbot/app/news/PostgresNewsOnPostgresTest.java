package slotbot.app.news;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What this instance stored goes out as NOTIFYs after the fact: many chats at once in several payloads under
 * PostgreSQL's 8000 bytes, each starting with the instance's id, every chat named once and readable back.
 */
@OnPostgres
class PostgresNewsOnPostgresTest extends AppTestBase {

    @Autowired
    News.Relay relay;

    @Autowired
    News news;

    @Autowired
    Environment environment;

    @Test
    void manyChatsGoOutInSeveralPayloadsThatNameEachOnce() throws Exception {
        assertThat(relay).isInstanceOf(PostgresNews.class);
        try (Connection listener = listening(PostgresNews.LISTENER)) {
            ((PostgresNews) relay).lookAgainForOthers();
            Set<News.Chat> chats = new LinkedHashSet<>();
            for (int i = 0; i < 400; i++) {
                chats.add(new News.Chat("demo", "web-клиент 100% " + i + " \t\n"));
            }
            relay.pass(chats, Set.of(14275391L));
            ((PostgresNews) relay).flush();

            List<String> payloads = new ArrayList<>();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(100);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        if (notification.getParameter().startsWith(news.instance())) {
                            payloads.add(notification.getParameter());
                        }
                    }
                }
                return payloads.stream().mapToLong(p -> p.lines().filter(l -> l.startsWith("c ")).count()).sum() == chats.size();
            });
            assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8000));
            assertThat(String.join("\n", payloads)).contains("b 14275391").contains("c demo web-%D0%BA");
        }
    }

    @Test
    void anInstanceAloneSendsNothingAndSendsAgainOnceAnotherListens() throws Exception {
        PostgresNews postgres = (PostgresNews) relay;
        try (Connection watcher = listening("a test, not an instance")) {
            postgres.lookAgainForOthers();
            relay.pass(Set.of(new News.Chat("demo", "alone")), Set.of());
            postgres.flush();
            // Nothing may come: the watcher waits the whole second, polling.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> ownNews(watcher).isEmpty());

            try (Connection other = listening(PostgresNews.LISTENER)) {
                postgres.lookAgainForOthers();
                relay.pass(Set.of(new News.Chat("demo", "heard")), Set.of());
                postgres.flush();
                List<String> heard = new ArrayList<>();
                await().atMost(Duration.ofSeconds(10)).until(() -> heard.addAll(ownNews(watcher)) && !heard.isEmpty());
                assertThat(String.join("\n", heard)).contains("c demo heard").doesNotContain("alone");
            }
        }
    }

    /** A session that listens on the news channel under the given application name. */
    private Connection listening(String applicationName) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("ApplicationName", applicationName);
        Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + PostgresNews.CHANNEL);
        }
        return connection;
    }

    /** The payloads of this instance's news that reached the session since the last look. */
    private List<String> ownNews(Connection session) throws Exception {
        List<String> own = new ArrayList<>();
        PGNotification[] notifications = session.unwrap(PGConnection.class).getNotifications(100);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                if (notification.getParameter().startsWith(news.instance())) {
                    own.add(notification.getParameter());
                }
            }
        }
        return own;
    }
}
