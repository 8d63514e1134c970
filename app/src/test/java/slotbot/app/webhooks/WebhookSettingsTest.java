package slotbot.app.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings("http://example.test/hook", "s3cret",
            Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(settings.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoff(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(settings.backoff(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
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
}
