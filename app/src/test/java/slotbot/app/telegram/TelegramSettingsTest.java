package slotbot.app.telegram;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import slotbot.app.SlotbotProperties;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slotbot.telegram.* settings: none connects nothing; a bad one stops the start naming the field, never the token. */
class TelegramSettingsTest {

    @Test
    void nothingConfiguredConnectsNothing() {
        SlotbotProperties properties = bind(Map.of());

        assertThat(properties.telegram().bots()).isEmpty();
        assertThat(properties.telegram().apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(properties.telegram().pollTimeout()).isEqualTo(Duration.ofSeconds(50));
        assertThat(properties.publicUrl()).isNull();
    }

    @Test
    void aBotIsConnectedByItsTokenAndByWebhookWhenItHasASecret() {
        SlotbotProperties properties = bind(Map.of(
                "slotbot.telegram.bots.demo.token", "123:TEST",
                "slotbot.telegram.bots.salon.token", "456:OTHER",
                "slotbot.telegram.bots.salon.webhook-secret", "s3cret",
                "slotbot.public-url", "https://slotbot.example.org"));

        assertThat(properties.telegram().bots()).containsOnlyKeys("demo", "salon");
        assertThat(properties.telegram().bots().get("demo").byWebhook()).isFalse();
        assertThat(properties.telegram().bots().get("salon").byWebhook()).isTrue();
        assertThat(properties.telegram().bots().get("salon").toString()).doesNotContain("456:OTHER").doesNotContain("s3cret");
    }

    @Test
    void aBadTokenIsNamedButNotShown() {
        assertRefused(Map.of("slotbot.telegram.bots.demo.token", "not a token"),
                "slotbot.telegram.bots.demo.token: expected a Bot API token", "not a token");
        assertRefused(Map.of("slotbot.telegram.bots.demo.webhook-secret", "s3cret"),
                "slotbot.telegram.bots.demo.token: expected the bot's token from @BotFather, got nothing", null);
    }

    @Test
    void aBadSecretOrUrlIsNamed() {
        assertRefused(Map.of("slotbot.telegram.bots.demo.token", "123:TEST", "slotbot.telegram.bots.demo.webhook-secret", "has spaces in it"),
                "slotbot.telegram.bots.demo.webhook-secret: expected 1 to 256 characters", "has spaces in it");
        assertRefused(Map.of("slotbot.telegram.bots.demo.token", "123:TEST", "slotbot.telegram.bots.demo.webhook-url", "https://x.example/telegram/demo"),
                "slotbot.telegram.bots.demo.webhook-url: needs slotbot.telegram.bots.demo.webhook-secret too", null);
        assertRefused(Map.of("slotbot.telegram.api-url", "api.telegram.org"), "slotbot.telegram.api-url: expected an absolute http(s) URL", null);
        assertRefused(Map.of("slotbot.public-url", "/relative"), "slotbot.public-url: expected an absolute http(s) URL", null);
        assertRefused(Map.of("slotbot.telegram.poll-timeout", "0s"), "slotbot.telegram.poll-timeout: expected 1s to 5m, got PT0S", null);
        assertRefused(Map.of("slotbot.telegram.lease", "1s"), "slotbot.telegram.lease: expected 4s to 2m", null);
    }

    private static void assertRefused(Map<String, String> settings, String message, String notShown) {
        assertThatThrownBy(() -> bind(settings)).rootCause().satisfies(cause -> {
            assertThat(cause.getMessage()).startsWith(message);
            if (notShown != null) {
                assertThat(cause.getMessage()).doesNotContain(notShown);
            }
        });
    }

    private static SlotbotProperties bind(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.putIfAbsent("slotbot.demo", "false");
        return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("slotbot", SlotbotProperties.class);
    }
}
