package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A callback whose delivery right after its commit was lost (the app stopped in between) is delivered by the sweep
 * once it is overdue by the app's clock, and once only. The test moves the clock and runs the sweep itself.
 */
public abstract class CallbackSweepContract extends AppTestBase {

    private static final String WAITS_FOR_PAYMENT = """
            start: waiting
            blocks:
              - id: waiting
                text: "Ждём оплату"
                arrows: [{to: paid, when: "paid", match: keywords, callbacks_only: true}]
              - id: paid
                text: "Оплата получена"
            """;

    @Autowired
    BotLibrary bots;

    @Autowired
    DialogTurns turns;

    @Autowired
    CallbackOutbox outbox;

    private String client;

    @BeforeEach
    void startADialogThatWaitsForACallback() {
        bots.install("sweep", WAITS_FOR_PAYMENT);
        client = "web-" + UUID.randomUUID();
        assertThat(turns.input("sweep", client, "Привет", Channel.web(client))).extracting(DialogTurns.Sent::text)
                .containsExactly("Ждём оплату");
    }

    @Test
    void aStrandedCallbackIsDeliveredOnceItIsOverdue() {
        strandACallback("paid");

        clock.advance(CallbackOutbox.STRANDED.minusSeconds(1)); // its delivery after commit may still be on the way
        outbox.runDueNow();
        assertThat(botSaid("Оплата получена")).isZero();
        assertThat(waiting()).isOne();

        clock.advance(Duration.ofSeconds(2));
        outbox.runDueNow();
        assertThat(botSaid("Оплата получена")).isOne();
        assertThat(waiting()).isZero();

        clock.advance(Duration.ofMinutes(1));
        outbox.runDueNow();
        assertThat(botSaid("Оплата получена")).isOne();
    }

    /** Two runs of one callback (its delivery after commit and a sweep, say): the second finds its row taken. */
    @Test
    void aCallbackRunTwiceIsPlayedOnce() {
        strandACallback("paid");
        long id = jdbc.sql("SELECT id FROM callback_outbox WHERE client_id = ?").param(client).query(Long.class).single();

        turns.callback(id, "sweep", client, "paid");
        turns.callback(id, "sweep", client, "paid");

        assertThat(botSaid("Оплата получена")).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = 'sweep' AND client_id = ? AND direction = 'callback'")
                .param(client).query(Integer.class).single()).as("the callback stored as the turn's cause").isOne();
        assertThat(waiting()).isZero();
    }

    /** A row as the causing transaction commits it, with no delivery after the commit: the app stopped in between. */
    private void strandACallback(String text) {
        jdbc.sql("INSERT INTO callback_outbox (bot, client_id, text, created_at) VALUES ('sweep', ?, ?, ?)")
                .params(client, text, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private int waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM callback_outbox WHERE client_id = ?").param(client).query(Integer.class).single();
    }

    private int botSaid(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = 'sweep' AND client_id = ? AND direction = 'out' AND text = ?")
                .params(client, text).query(Integer.class).single();
    }
}
