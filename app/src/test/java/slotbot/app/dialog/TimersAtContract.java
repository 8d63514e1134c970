package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An arrow's {@code at:} through the app's timers: stored with its moment when the block is entered, fired by the
 * scheduler then and not before; a value that is no time sets no timer and the owner reads why in bot_error. The
 * test clock starts on Monday 04.03.2030 at 06:00 in Berlin.
 */
public abstract class TimersAtContract extends AppTestBase {

    private static final String TOMORROW_MORNING = """
            start: booked
            timezone: Europe/Berlin
            blocks:
              - id: booked
                text: "Записали"
                arrows:
                  - {to: morning, at: "add_days(current_date, 1) + ' 09:30'", cancel_if_left: true}
                  - {to: morning, at: "'послезавтра'"}
              - {id: morning, text: "Доброе утро! Ждём вас сегодня"}
            """;

    @Autowired
    BotLibrary bots;

    @Autowired
    DialogTurns turns;

    @Autowired
    TimerScheduler scheduler;

    private String client;

    @BeforeEach
    void aClientEntersTheBlock() {
        bots.install("tomorrow", TOMORROW_MORNING);
        jdbc.sql("DELETE FROM dialog_timer").update();
        client = "web-" + UUID.randomUUID();
        assertThat(turns.input("tomorrow", client, "Привет", Channel.web(client))).extracting(DialogTurns.Sent::text)
                .containsExactly("Записали");
    }

    @Test
    void theTimerIsStoredForItsMomentAndFiresThenNotBefore() {
        Instant nineThirty = Instant.parse("2030-03-05T08:30:00Z"); // 05.03.2030 09:30 in Berlin
        assertThat(jdbc.sql("SELECT fire_at FROM dialog_timer WHERE client_id = ?").param(client)
                .query(OffsetDateTime.class).list()).extracting(OffsetDateTime::toInstant).containsExactly(nineThirty);

        clock.set(nineThirty.minusSeconds(1));
        scheduler.checkDueNow();
        assertThat(said()).containsExactly("Записали");

        clock.set(nineThirty);
        scheduler.checkDueNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> said().size() == 2);
        assertThat(said()).containsExactly("Записали", "Доброе утро! Ждём вас сегодня");
    }

    @Test
    void aValueThatIsNoTimeIsTheOwnersToReadInBotError() {
        assertThat(jdbc.sql("SELECT message FROM bot_error WHERE bot = 'tomorrow' AND client_id = ?").param(client)
                .query(String.class).list()).containsExactly("arrow 1 to 'morning', at: expected a date and time such as"
                + " 05.02.2030 10:00 (dd.MM.yyyy HH:mm), got \"послезавтра\"; no timer was set");
    }

    private List<String> said() {
        return jdbc.sql("SELECT text FROM dialog_message WHERE bot = 'tomorrow' AND client_id = ? AND direction = 'out' ORDER BY id")
                .param(client).query(String.class).list();
    }
}
