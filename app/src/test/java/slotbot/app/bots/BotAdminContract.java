package slotbot.app.bots;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.Race;
import slotbot.app.SecondInstance;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.calc.Calculator;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bot files through the admin API: an invalid file never replaces a working bot. */
public abstract class BotAdminContract extends AppTestBase {

    @Autowired
    private Environment environment;

    @Autowired
    private Calculator calculator;

    @Autowired
    private TransactionTemplate transactions;

    private static final String GREETER = """
            start: hi
            blocks:
              - {id: hi, text: "Привет, #{question}!", arrows: [{to: hi}]}
            """;
    private static final String BROKEN = """
            start: hi
            blocks:
              - {id: hi, code: "x = (1 +", text: "never", arrows: [{to: nowhere}]}
            """;

    @Test
    void installsValidatesListsDownloadsAndRemovesABot() {
        Api.Answer installed = put("greeter", GREETER);
        assertThat(installed.status()).isEqualTo(200);
        assertThat(chat("greeter", "мир")).isEqualTo("Привет, мир!");

        Api.Answer refused = put("greeter", BROKEN);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).contains("block 'hi', code: [1:").contains("no block 'nowhere'");
        assertThat(chat("greeter", "снова")).isEqualTo("Привет, снова!");

        Api.Answer validated = api.post("/api/v1/admin/bots/greeter/validate", BROKEN, "Bearer " + Api.TOKEN, "application/yaml");
        assertThat(validated.status()).isEqualTo(400);
        JsonNode list = api.send("GET", "/api/v1/admin/bots", null, "Bearer " + Api.TOKEN, null).body();
        assertThat(list.toString()).contains("\"name\":\"greeter\"");
        Api.Answer source = api.send("GET", "/api/v1/admin/bots/greeter", null, "Bearer " + Api.TOKEN, null);
        assertThat(source.text()).isEqualTo(GREETER);

        assertThat(api.send("DELETE", "/api/v1/admin/bots/greeter", null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/chat/greeter/sessions", "", null, null).status()).isEqualTo(404);

        List<String> audit = jdbc.sql("SELECT actor || ' ' || method || ' ' || path || ' ' || status FROM admin_audit"
                + " WHERE path LIKE '/api/v1/admin/bots/greeter%' ORDER BY id").query(String.class).list();
        assertThat(audit).containsSubsequence(
                "token:" + fingerprint() + " PUT /api/v1/admin/bots/greeter 200",
                "token:" + fingerprint() + " PUT /api/v1/admin/bots/greeter 400",
                "token:" + fingerprint() + " DELETE /api/v1/admin/bots/greeter 200");
        assertThat(audit).noneMatch(line -> line.contains(Api.TOKEN));
    }

    @Test
    void turnsWantingABotAtTheSameMomentShareOneReadingOfItsFile() throws Exception {
        // The demo bot: a file big enough that reading it takes a while, as the turns arrive together.
        String demo = new String(getClass().getResourceAsStream("/demo/bot.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(put("barber", demo).status()).isEqualTo(200);
        // A library that has read nothing yet, as on a fresh start: 16 turns want the bot at once.
        BotLibrary fresh = new BotLibrary(jdbc, new BotReader(calculator, java.time.ZoneId.of("Europe/Moscow")), clock,
                transactions);

        List<Bot> read = Race.of(16, i -> fresh.bot("barber").orElseThrow());

        assertThat(read).as("one reading, the same bot for every turn").allSatisfy(bot -> assertThat(bot).isSameAs(read.get(0)));
        assertThat(put("barber", demo + "\n# a new version\n").status()).isEqualTo(200);
        await().atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(fresh.bot("barber").orElseThrow()).as("the next version, once rechecked")
                        .isNotSameAs(read.get(0)));
    }

    @Test
    void everyPublishIsAVersionAndAnOlderOneCanBeRestored() {
        String name = "versions-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(put(name, GREETER).body().get("version").asLong()).isEqualTo(1);
        assertThat(put(name, GREETER).body().get("version").asLong()).as("the same file publishes nothing new").isEqualTo(1);
        String second = GREETER.replace("Привет", "Добрый день");
        assertThat(put(name, second).body().get("version").asLong()).isEqualTo(2);
        assertThat(put(name, BROKEN).status()).isEqualTo(400);
        assertThat(chat(name, "мир")).isEqualTo("Добрый день, мир!");

        JsonNode versions = get("/api/v1/admin/bots/" + name + "/versions").body().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(versions.get(0).get("current").asBoolean()).isTrue();
        assertThat(versions.get(1).get("current").asBoolean()).isFalse();
        assertThat(get("/api/v1/admin/bots/" + name + "/versions/1").text()).isEqualTo(GREETER);

        Api.Answer restored = api.post("/api/v1/admin/bots/" + name + "/versions/1/restore", null, "Bearer " + Api.TOKEN, null);
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.body().get("version").asLong()).isEqualTo(3);
        assertThat(restored.body().get("message").asString()).contains("restored from version 1");
        assertThat(chat(name, "мир")).isEqualTo("Привет, мир!");
        assertThat(get("/api/v1/admin/bots/" + name).text()).isEqualTo(GREETER);
        assertThat(get("/api/v1/admin/bots/" + name + "/versions").body().get("versions")).hasSize(3);

        assertThat(get("/api/v1/admin/bots/" + name + "/versions/9").status()).isEqualTo(404);
        Api.Answer bad = get("/api/v1/admin/bots/" + name + "/versions/first");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asString()).startsWith("version: expected a version number");
        assertThat(get("/api/v1/admin/bots/no-such-bot/versions").status()).isEqualTo(404);

        assertThat(api.send("DELETE", "/api/v1/admin/bots/" + name, null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(200);
        assertThat(put(name, second).body().get("version").asLong()).as("a bot made again starts its own history").isEqualTo(1);
    }

    @Test
    void theStudioReadsAndPublishesTheBotAsJsonKeptAsYamlWithItsComments() {
        String name = "studio-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String commented = """
                # The greeter: says hello.
                start: hi
                blocks:
                  # Where everyone begins.
                  - id: hi
                    code: |
                      n = 1
                      m = n + 1
                    text: "Привет, #{question}!"
                    arrows: [{to: hi}]
                """;
        assertThat(put(name, commented).status()).isEqualTo(200);
        Api.Answer tree = api.send("GET", "/api/v1/admin/bots/" + name, null, "Bearer " + Api.TOKEN, null, "application/json");
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body().get("blocks").get(0).get("code").asString()).isEqualTo("n = 1\nm = n + 1\n");

        String edited = tree.body().toString().replace("Привет", "Здравствуйте");
        Api.Answer invalid = api.post("/api/v1/admin/bots/" + name + "/validate", edited.replace("n + 1", "n +"), "Bearer " + Api.TOKEN,
                "application/json");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").get(0).asString()).startsWith("block 'hi', code: [2:");
        assertThat(api.post("/api/v1/admin/bots/" + name + "/validate", edited, "Bearer " + Api.TOKEN, "application/json").status())
                .isEqualTo(200);

        Api.Answer published = api.send("PUT", "/api/v1/admin/bots/" + name, edited, "Bearer " + Api.TOKEN, "application/json");
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(chat(name, "мир")).isEqualTo("Здравствуйте, мир!");
        String file = get("/api/v1/admin/bots/" + name).text();
        assertThat(file).startsWith("# The greeter: says hello.\n").contains("  # Where everyone begins.\n  - id: hi\n")
                .contains("    code: |\n      n = 1\n      m = n + 1\n").contains("    text: \"Здравствуйте, #{question}!\"");
        assertThat(api.post("/api/v1/admin/bots/" + name + "/validate", "[1, 2]", "Bearer " + Api.TOKEN, "application/json")
                .body().get("message").asString()).startsWith("body: expected a JSON object");
    }

    @Test
    void aBotFileSentWithCurlsDefaultFormTypeIsReadAsTheFile() {
        String name = "form-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Answer installed = api.send("PUT", "/api/v1/admin/bots/" + name, GREETER, "Bearer " + Api.TOKEN,
                "application/x-www-form-urlencoded");
        assertThat(installed.status()).as(installed.text()).isEqualTo(200);
        assertThat(get("/api/v1/admin/bots/" + name).text()).isEqualTo(GREETER);
        assertThat(api.post("/api/v1/admin/bots/" + name + "/validate", BROKEN, "Bearer " + Api.TOKEN,
                "application/x-www-form-urlencoded").body().get("errors").toString()).contains("no block 'nowhere'");
        assertThat(api.send("PUT", "/api/v1/admin/bots/" + name, GREETER, null, "application/x-www-form-urlencoded").status())
                .as("never without the token").isEqualTo(401);
        assertThat(api.post("/api/v1/admin/bookings", "a=1", "Bearer " + Api.TOKEN, "application/x-www-form-urlencoded").status())
                .as("other endpoints still refuse a form").isEqualTo(415);
    }

    @Test
    void aBuilderFunctionForAServiceSlotbotDoesNotRunIsRefusedWithWhatToUseInstead() {
        String porter = """
                start: pay
                blocks:
                  - id: pay
                    code: |
                      link = get_yookassa_payment_url(price, 'Стрижка')
                      deal = set_order_var(order_id, 'status', 'new')
                      x = lenn(question)
                    text: "#{link}"
                """;

        Api.Answer validated = api.post("/api/v1/admin/bots/porter/validate", porter, "Bearer " + Api.TOKEN, "application/yaml");

        assertThat(validated.status()).isEqualTo(400);
        String errors = validated.body().get("errors").toString();
        assertThat(errors)
                .contains("block 'pay', code: [1:8] Function 'get_yookassa_payment_url' needs a payment provider, which slotbot"
                        + " does not run: book with create_booking and give the client a link button to your payment page.")
                .contains("Function 'set_order_var' needs the builder's CRM deals")
                .contains("Unknown function 'lenn'. Did you mean 'len'?");
        assertThat(errors).doesNotContain("Unknown function 'get_yookassa_payment_url'").doesNotContain("Unknown function 'set_order_var'");
    }

    @Test
    void refusesBadNamesEmptyFilesAndAnonymousCallers() {
        assertThat(put("Bad%20Name!", GREETER).status()).isEqualTo(400);
        assertThat(put("empty", "").status()).isEqualTo(400);
        assertThat(put("yaml", "blocks: [").body().get("errors").get(0).asString()).contains("not valid YAML");
        assertThat(api.send("PUT", "/api/v1/admin/bots/x", GREETER, null, "application/yaml").status()).isEqualTo(401);
    }

    private static String fingerprint() {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Api.TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Answer get(String path) {
        return api.send("GET", path, null, "Bearer " + Api.TOKEN, null);
    }

    @Test
    void aBotFileIsInstalledAtAStartOnlyWhenAbsentOrChangedSoStudioEditsSurviveARestart(@TempDir Path dir) throws IOException {
        String name = "filed" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, GREETER);
        String bots = "--slotbot.bots=file:" + dir + "/*.yaml";

        try (SecondInstance started = SecondInstance.beside(environment, clock, List.of(bots))) {
            assertThat(chat(started.api(), name, "мир")).as("absent: installed").isEqualTo("Привет, мир!");
        }
        assertThat(put(name, GREETER.replace("Привет", "Здравствуйте")).body().get("version").asLong()).as("the studio's edit").isEqualTo(2);

        try (SecondInstance restarted = SecondInstance.beside(environment, clock, List.of(bots))) {
            assertThat(chat(restarted.api(), name, "мир")).as("the file has not changed: the edit stays").isEqualTo("Здравствуйте, мир!");
        }
        assertThat(versions(name)).isEqualTo(2);

        Files.writeString(file, GREETER.replace("Привет", "Добрый день"));
        try (SecondInstance changed = SecondInstance.beside(environment, clock, List.of(bots))) {
            // Asked of the instance that installed it: another plays a new version within a second (BotLibrary.RECHECK).
            assertThat(chat(changed.api(), name, "мир")).as("the file changed: installed as the next version").isEqualTo("Добрый день, мир!");
        }
        assertThat(versions(name)).isEqualTo(3);
        assertThat(api.send("GET", "/api/v1/admin/bots/" + name + "/versions/2", null, "Bearer " + Api.TOKEN, null).text())
                .as("the studio's edit is kept among the versions").contains("Здравствуйте");
        assertThat(api.send("DELETE", "/api/v1/admin/bots/" + name, null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(200);
    }

    private long versions(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM bot_version WHERE bot = ?").param(name).query(Long.class).single();
    }

    private Api.Answer put(String name, String source) {
        return api.send("PUT", "/api/v1/admin/bots/" + name, source, "Bearer " + Api.TOKEN, "application/yaml");
    }

    private String chat(String bot, String text) {
        return chat(api, bot, text);
    }

    private static String chat(Api api, String bot, String text) {
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        JsonNode messages = api.post("/api/v1/chat/" + bot + "/" + client + "/messages", "{\"text\": \"" + text + "\"}",
                null, "application/json").body().get("messages");
        return messages.get(0).get("text").asString();
    }
}
