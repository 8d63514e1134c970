package slotbot.app.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import slotbot.app.Backoff;
import slotbot.app.SettingRefused;
import slotbot.app.SlotbotProperties;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * The business's webhook for booking events: {@code url} to POST them to (none: no webhook at all),
 * {@code secret} to sign each body with (HMAC-SHA256), and the backoff between failed attempts,
 * doubling from {@code firstRetry} up to {@code maxRetry}. Checked as it is bound, so that a bad value
 * stops the start instead of the first delivery.
 */
@ConfigurationProperties("slotbot.webhook")
public record WebhookSettings(String url, String secret, @DefaultValue("1s") Duration firstRetry,
                              @DefaultValue("5m") Duration maxRetry) {

    public WebhookSettings {
        if (url != null && !url.isBlank()) {
            checkUrl(url);
            if (secret == null || secret.isEmpty()) {
                throw new SettingRefused("slotbot.webhook.secret: expected a secret to sign every webhook with, since "
                        + "slotbot.webhook.url is set, got nothing");
            }
        }
        checkBackoff(firstRetry, maxRetry);
    }

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    /** Retries for as long as the receiver fails: the outbox keeps the event meanwhile. */
    Backoff backoff() {
        return Backoff.unlimited(firstRetry, maxRetry);
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !SlotbotProperties.isWebUrl(uri)) {
            throw SettingRefused.of("slotbot.webhook.url", "an absolute http(s) URL such as https://shop.example.org/slotbot-events", url);
        }
    }

    private static void checkBackoff(Duration first, Duration max) {
        String range = "a duration from 1ms to 1d such as ";
        if (first.compareTo(Backoff.SHORTEST) < 0 || first.compareTo(Backoff.LONGEST) > 0) {
            throw SettingRefused.of("slotbot.webhook.first-retry", range + "1s", first);
        }
        if (max.compareTo(Backoff.SHORTEST) < 0 || max.compareTo(Backoff.LONGEST) > 0) {
            throw SettingRefused.of("slotbot.webhook.max-retry", range + "5m", max);
        }
        if (first.compareTo(max) > 0) {
            throw SettingRefused.of("slotbot.webhook.first-retry", "at most slotbot.webhook.max-retry (" + max + ")", first);
        }
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", secret=" + (secret == null ? "unset" : "***")
                + ", firstRetry=" + firstRetry + ", maxRetry=" + maxRetry + "]";
    }
}
