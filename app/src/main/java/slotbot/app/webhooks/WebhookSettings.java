package slotbot.app.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The business's webhook for booking events: {@code url} to POST them to (none: no webhook at all),
 * {@code secret} to sign each body with (HMAC-SHA256), and the backoff between failed attempts,
 * doubling from {@code firstRetry} up to {@code maxRetry}.
 */
@ConfigurationProperties("slotbot.webhook")
public record WebhookSettings(String url, String secret, @DefaultValue("1s") Duration firstRetry,
                              @DefaultValue("5m") Duration maxRetry) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    /** The delay after a failed attempt when {@code attempts} attempts had failed before it. */
    Duration backoff(int attempts) {
        Duration delay = firstRetry;
        for (int i = 0; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) < 0 ? delay : maxRetry;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", secret=" + (secret == null ? "unset" : "***")
                + ", firstRetry=" + firstRetry + ", maxRetry=" + maxRetry + "]";
    }
}
