package slotbot.app.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;
import slotbot.app.SecondInstance;
import slotbot.app.bots.BotLibrary;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Long polling on two instances of one PostgreSQL database, against the fake Bot API: instance A, a JVM of its own,
 * holds the token's lease and polls; instance B stands by. A is killed with {@code kill -9} (no shutdown work: its
 * lease is not given up, the offset of what it played is not confirmed) while updates are being played; B takes over
 * within the lease, and every update is played exactly once, counted by the client's stored inputs and by update id.
 */
@OnPostgres
class TelegramTakeOverTest extends AppTestBase {

    static final String TOKEN = "4243:take_over-token";
    /** Short, so that the test waits little; the default is 20 s. */
    static final String LEASE = "4s";
    static final int CHATS = 30;

    @Autowired
    BotLibrary bots;

    @Autowired
    Environment environment;

    private final FakeBotApi telegram = FakeBotApi.start("");
    private Process first;
    private SecondInstance second;

    @AfterEach
    void stopAll() {
        if (first != null) {
            first.destroyForcibly();
        }
        if (second != null) {
            second.close();
        }
        telegram.close();
    }

    @Test
    void anotherInstanceTakesOverAfterKillNineAndNoUpdateIsLostOrPlayedTwice() throws Exception {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        first = startInItsOwnJvm();
        await().atMost(Duration.ofSeconds(120)).until(() -> !telegram.calls("getUpdates").isEmpty());
        String firstHolder = holder();

        second = SecondInstance.beside(environment, clock, telegramSettings());
        List<String> said = new ArrayList<>();
        say(0, said);
        await().atMost(Duration.ofSeconds(60)).until(() -> played(said) >= CHATS);
        assertThat(holder()).as("the first instance still holds the lease: the second stands by").isEqualTo(firstHolder);

        say(1, said); // queued while the first plays: some are played and not confirmed when it dies
        await().atMost(Duration.ofSeconds(60)).until(() -> played(said) > CHATS);
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the lease stays until it lapses
        say(2, said);

        await().atMost(Duration.ofSeconds(30)).until(() -> !firstHolder.equals(holder()));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> turnsPerText(said).size() == said.size());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not played: " + said.stream().filter(t -> !turnsPerText(said).containsKey(t)).toList()
                    + "; played: " + turnsPerText(said), e);
        }

        Map<String, Long> turnsPerText = turnsPerText(said);
        assertThat(turnsPerText).as("each update played once, none lost").hasSize(said.size()).allSatisfy((text, turns) ->
                assertThat(turns).as(text).isEqualTo(1L));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update").query(Long.class).single()).isEqualTo(said.size());
    }

    /** One message from each chat; texts unique, so that a turn is counted per update. */
    private void say(int round, List<String> said) {
        for (int chat = 1; chat <= CHATS; chat++) {
            String text = "Сообщение " + round + "/" + chat;
            telegram.says(700_000_000L + chat, text);
            said.add(text);
        }
    }

    private Map<String, Long> turnsPerText(List<String> said) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE direction = 'in' AND client_id LIKE 'tg-%'")
                .query(String.class).list().stream().filter(said::contains)
                .collect(Collectors.groupingBy(text -> text, Collectors.counting()));
    }

    private long played(List<String> said) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE direction = 'in' AND client_id LIKE 'tg-%'")
                .query(String.class).list().stream().filter(said::contains).count();
    }

    private String holder() {
        return jdbc.sql("SELECT holder FROM telegram_lease").query(String.class).optional().orElse("");
    }

    private List<String> telegramSettings() {
        return List.of("--slotbot.telegram.api-url=" + telegram.url(), "--slotbot.telegram.bots.demo.token=" + TOKEN,
                "--slotbot.telegram.poll-timeout=1s", "--slotbot.telegram.request-timeout=2s", "--slotbot.telegram.lease=" + LEASE);
    }

    /** The app in a JVM of its own, on this test's classpath and database: a process that kill -9 can end. */
    private Process startInItsOwnJvm() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "slotbot.app.SlotbotApplication", "--server.port=0",
                "--slotbot.demo=false", "--slotbot.catalog=classpath:test-catalog.yaml", "--slotbot.security.api-token=" + Api.TOKEN,
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.hikari.maximum-pool-size=5", "--logging.level.slotbot=info"));
        String schema = environment.getProperty("spring.flyway.schemas");
        if (schema != null) {
            command.add("--spring.flyway.schemas=" + schema);
        }
        command.addAll(telegramSettings());
        File log = new File("target/telegram-take-over-first-instance.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

}
