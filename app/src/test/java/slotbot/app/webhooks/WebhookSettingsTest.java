package slotbot.app.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import slotbot.app.SettingRefused;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slotbot.webhook.* settings: a bad one stops the start naming the property, the form expected and the value. */
class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings("http://example.test/hook", "s3cret",
            Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(settings.backoff().after(1)).contains(Duration.ofSeconds(1));
        assertThat(settings.backoff().after(2)).contains(Duration.ofSeconds(2));
        assertThat(settings.backoff().after(9)).contains(Duration.ofSeconds(256));
        assertThat(settings.backoff().after(10)).contains(Duration.ofMinutes(5));
        assertThat(settings.backoff().after(Integer.MAX_VALUE)).contains(Duration.ofMinutes(5));
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(settings.toString()).doesNotContain("s3cret").contains("***");
        assertThat(new WebhookSettings(null, null, Duration.ofSeconds(1), Duration.ofMinutes(5)).enabled()).isFalse();
    }

    @Test
    void signsTheBodyWithHmacSha256() {
        // RFC 4231 test case 2
        assertThat(WebhookSender.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void defaultsToNoWebhookAndTheBackoffOfOneSecondToFiveMinutes() {
        WebhookSettings none = bind(Map.of());

        assertThat(none.enabled()).isFalse();
        assertThat(none.firstRetry()).isEqualTo(Duration.ofSeconds(1));
        assertThat(none.maxRetry()).isEqualTo(Duration.ofMinutes(5));
        assertThat(bind(Map.of("slotbot.webhook.url", "")).enabled()).isFalse();
        assertThat(bind(Map.of("slotbot.webhook.url", "https://shop.example.org/hook?from=slotbot", "slotbot.webhook.secret", "s"))
                .enabled()).isTrue();
    }

    @Test
    void aUrlThatIsNotAnAbsoluteHttpUrlIsRefused() {
        for (String url : new String[] {"shop.example.org/hook", "/hook", "ftp://shop.example.org/hook", "https://", "http://exa mple.org",
                "mailto:owner@example.org"}) {
            assertRefused(Map.of("slotbot.webhook.url", url, "slotbot.webhook.secret", "s"),
                    "slotbot.webhook.url: expected an absolute http(s) URL such as https://shop.example.org/slotbot-events, got \""
                            + url + "\"");
        }
    }

    @Test
    void aUrlWithoutASecretIsRefused() {
        assertRefused(Map.of("slotbot.webhook.url", "https://shop.example.org/hook"),
                "slotbot.webhook.secret: expected a secret to sign every webhook with, since slotbot.webhook.url is set, got nothing");
    }

    @Test
    void backoffBoundsThatAreNotPositiveOrOutOfOrderAreRefused() {
        assertRefused(Map.of("slotbot.webhook.first-retry", "0s"),
                "slotbot.webhook.first-retry: expected a duration from 1ms to 1d such as 1s, got \"PT0S\"");
        assertRefused(Map.of("slotbot.webhook.first-retry", "-1s"),
                "slotbot.webhook.first-retry: expected a duration from 1ms to 1d such as 1s, got \"PT-1S\"");
        assertRefused(Map.of("slotbot.webhook.max-retry", "0ms"),
                "slotbot.webhook.max-retry: expected a duration from 1ms to 1d such as 5m, got \"PT0S\"");
        assertRefused(Map.of("slotbot.webhook.max-retry", "2d"),
                "slotbot.webhook.max-retry: expected a duration from 1ms to 1d such as 5m, got \"PT48H\"");
        assertRefused(Map.of("slotbot.webhook.first-retry", "10m"),
                "slotbot.webhook.first-retry: expected at most slotbot.webhook.max-retry (PT5M), got \"PT10M\"");
        assertRefused(Map.of("slotbot.webhook.first-retry", "2s", "slotbot.webhook.max-retry", "1s"),
                "slotbot.webhook.first-retry: expected at most slotbot.webhook.max-retry (PT1S), got \"PT2S\"");
    }

    private static void assertRefused(Map<String, String> settings, String message) {
        assertThatThrownBy(() -> bind(settings)).rootCause().isInstanceOf(SettingRefused.class).hasMessage(message);
    }

    private static WebhookSettings bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(new HashMap<>(settings)))
                .bindOrCreate("slotbot.webhook", WebhookSettings.class);
    }
}
