package slotbot.app.bots;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bot files through the admin API: an invalid file never replaces a working bot. */
public abstract class BotAdminContract extends AppTestBase {

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

    private Api.Answer put(String name, String source) {
        return api.send("PUT", "/api/v1/admin/bots/" + name, source, "Bearer " + Api.TOKEN, "application/yaml");
    }

    private String chat(String bot, String text) {
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        JsonNode messages = api.post("/api/v1/chat/" + bot + "/" + client + "/messages", "{\"text\": \"" + text + "\"}",
                null, "application/json").body().get("messages");
        return messages.get(0).get("text").asString();
    }
}
