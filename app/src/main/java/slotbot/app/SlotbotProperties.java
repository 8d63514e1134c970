package slotbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The {@code slotbot.*} settings of the public contract.
 *
 * @param catalog  a catalog file imported at start-up (a Spring resource), or null
 * @param bots     a resource pattern of bot files loaded at start-up, or null
 * @param demo     load the bundled demo catalog; null means "when no catalog is given"
 * @param timezone the zone of branches that name none
 */
@ConfigurationProperties("slotbot")
public record SlotbotProperties(String catalog, String bots, Boolean demo,
                                @DefaultValue("Europe/Moscow") ZoneId timezone,
                                @DefaultValue Security security,
                                @DefaultValue Clock clock,
                                @DefaultValue Timers timers) {

    public boolean loadsDemo() {
        return demo != null ? demo : catalog == null || catalog.isBlank();
    }

    /** @param apiToken the bearer token of the function and admin APIs; generated when unset */
    public record Security(String apiToken) {
    }

    /** @param pollingInterval how often each instance looks for due timers */
    public record Timers(@DefaultValue("1s") java.time.Duration pollingInterval) {
    }

    /** @param start where the app's clock starts, ticking in real time from there (demos, tests) */
    public record Clock(Instant start) {
    }
}
