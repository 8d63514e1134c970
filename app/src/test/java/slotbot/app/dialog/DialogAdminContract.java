package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Dialogs through the admin API: an owner can see where a client is, what the bot knows, and start them over. */
public abstract class DialogAdminContract extends AppTestBase {

    @Autowired
    DialogTurns turns;

    @Autowired
    BotLibrary bots;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void listsReadsAndResetsADialog() {
        String client = "admin-view-" + System.nanoTime();
        turns.input("demo", client, "Привет", Channel.web(client));
        turns.input("demo", client, "Мужская стрижка", Channel.web(client));

        JsonNode list = get("/api/v1/admin/dialogs?bot=demo&client_id=" + client).body();
        JsonNode dialog = get("/api/v1/admin/dialogs/demo/" + client).body();

        assertThat(list.get("dialogs")).hasSize(1);
        assertThat(list.get("dialogs").get(0).get("block").asString()).isEqualTo("service");
        assertThat(dialog.get("variables").get("title").asString()).isEqualTo("Мужская стрижка");
        assertThat(dialog.get("messages").get(0).get("direction").asString()).isEqualTo("in");
        assertThat(dialog.get("messages").size()).isEqualTo(5);

        Api.Answer reset = api.send("DELETE", "/api/v1/admin/dialogs/demo/" + client, null, "Bearer " + Api.TOKEN, null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(get("/api/v1/admin/dialogs/demo/" + client).body().get("block").isNull()).isTrue();
        assertThat(turns.input("demo", client, "что угодно", Channel.web(client)).get(0).text()).contains("Здравствуйте");
    }

    @Test
    void answersUnknownDialogsWith404AndAnonymousCallersWith401() {
        assertThat(get("/api/v1/admin/dialogs/demo/nobody").status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/admin/dialogs/demo/nobody", null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/admin/dialogs", null, null, null).status()).isEqualTo(401);
    }

    private Api.Answer get(String path) {
        return api.send("GET", path, null, "Bearer " + Api.TOKEN, null);
    }
}
