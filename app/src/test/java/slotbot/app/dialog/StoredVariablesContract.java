package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Dialog;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn writes back only the variables it changed: the others keep their stored text to the byte
 * (here spaced as Jackson never writes it, so that any re-serialization would show), and when it
 * changed none the column is not written at all.
 */
public abstract class StoredVariablesContract extends AppTestBase {

    private static final String BOT = """
            start: begin
            blocks:
              - id: begin
                code: "payments = {}"
                text: "Номер заказа?"
                arrows: [{to: pay}]
              - id: pay
                code: "payments[question] = 100"
                text: "Оплачено: #{question}"
                arrows: [{to: pay}]
            """;
    /** A client's record as no JSON writer spaces it, with text to escape and a number with decimals. */
    private static final String RECORD = "{\"b\" : [1, 2.50, \"Анна \\\"Ш\\\"\\n\"],  \"a\": null}";

    @Autowired
    DialogTurns turns;

    @Autowired
    DialogRows rows;

    @Autowired
    BotLibrary bots;

    private String client;

    @BeforeEach
    void aDialogWithARecordItsTurnsDoNotRead() {
        bots.install("payer", BOT);
        client = "payer-" + System.nanoTime();
        turns.input("payer", client, "привет", Channel.web(client));
        String stored = variables();
        jdbc.sql("UPDATE dialog SET variables = ? WHERE bot = 'payer' AND client_id = ?")
                .params("{ \"records\" :" + RECORD + " ,\n " + stored.substring(1), client).update();
    }

    @Test
    void aTurnKeepsTheStoredTextOfWhatItDidNotTouchAndStoresWhatItChanged() {
        turns.input("payer", client, "A-17", Channel.web(client));

        String stored = variables();
        assertThat(stored).startsWith("{\"records\":" + RECORD + ",").contains("\"payments\":{\"A-17\":100}")
                .contains("\"question\":\"A-17\"");
    }

    @Test
    void savingADialogWhoseVariablesNoOneChangedLeavesTheColumnByteIdentical() {
        String before = variables();
        Dialog dialog = rows.lock("payer", client, clock.instant());
        assertThat(dialog.variables().get("question")).isEqualTo("привет");

        rows.save(new Dialog("payer", client, "pay", dialog.visit() + 1, dialog.timerEpoch(), dialog.variables(), dialog.visited()),
                clock.instant());

        assertThat(variables()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT block FROM dialog WHERE bot = 'payer' AND client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("pay");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordChangedInPlaceIsStored() {
        Dialog dialog = rows.lock("payer", client, clock.instant());
        ((Map<Object, Object>) dialog.variables().get("payments")).put("B-2", "оплачено");

        rows.save(dialog, clock.instant());

        assertThat(variables()).startsWith("{\"records\":" + RECORD + ",").contains("\"payments\":{\"B-2\":\"оплачено\"}");
        assertThat(rows.variable("payer", client, "payments")).isEqualTo(Map.of("B-2", "оплачено"));
    }

    private String variables() {
        return jdbc.sql("SELECT variables FROM dialog WHERE bot = 'payer' AND client_id = ?").param(client)
                .query(String.class).single();
    }
}
