package slotbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code slotbot.*} settings of the public contract.
 *
 * @param catalog   a catalog file imported at start-up (a Spring resource), or null
 * @param bots      a resource pattern of bot files loaded at start-up, or null
 * @param demo      load the bundled demo catalog; null means "when no catalog is given"
 * @param timezone  the zone of branches that name none
 * @param publicUrl where the world reaches this app (https://slotbot.example.org), or null; messengers
 *                  that refuse relative links (Telegram) get the bots' links made absolute with it
 * @param telegram  the bots connected to Telegram
 */
@ConfigurationProperties("slotbot")
public record SlotbotProperties(String catalog, String bots, Boolean demo,
                                @DefaultValue("Europe/Moscow") ZoneId timezone,
                                @DefaultValue Security security,
                                @DefaultValue Clock clock,
                                @DefaultValue Timers timers,
                                URI publicUrl,
                                @DefaultValue Telegram telegram) {

    public SlotbotProperties {
        if (publicUrl != null && !isWebUrl(publicUrl)) {
            throw new SettingRefused("slotbot.public-url: expected an absolute http(s) URL such as "
                    + "https://slotbot.example.org, got \"" + publicUrl + "\"");
        }
    }

    public boolean loadsDemo() {
        return demo != null ? demo : catalog == null || catalog.isBlank();
    }

    /**
     * @param apiToken    the bearer token of the function, admin and MCP APIs; generated when unset
     * @param corsOrigins the web origins (https://shop.example.org) whose pages may call the APIs from a
     *                    browser; none by default, so no other site's script can read an answer
     */
    public record Security(String apiToken, @DefaultValue List<String> corsOrigins) {
    }

    /**
     * @param pollingInterval how often each instance looks for due timers
     * @param threads         the timers each instance fires at once; each holds a database connection while it fires
     */
    public record Timers(@DefaultValue("1s") java.time.Duration pollingInterval, @DefaultValue("2") int threads) {

        public Timers {
            if (threads < 1 || threads > 64) {
                throw SettingRefused.of("slotbot.timers.threads", "a number of threads from 1 to 64 such as 2", threads);
            }
        }
    }

    /** @param start where the app's clock starts, ticking in real time from there (demos, tests) */
    public record Clock(Instant start) {
    }

    /**
     * @param apiUrl         the Bot API's base URL; methods are called at {@code <api-url>/bot<token>/<method>}
     * @param pollTimeout    how long one getUpdates call waits for news (Telegram's long-poll {@code timeout})
     * @param requestTimeout how long any other Bot API call may take before it counts as failed
     * @param burst          messages and presses one chat may send at once, as {@code slotbot.chat.burst} for the web chat
     * @param ratePerSecond  messages and presses one chat may send per second on average after the burst
     * @param bots           the connected bots by bot name ({@code demo}); none connects nothing
     * @param lease          long polling: how long the instance polling a token holds it (renewed every third of it);
     *                       when that instance dies another takes over within the lease and a quarter of it
     */
    public record Telegram(@DefaultValue("https://api.telegram.org") URI apiUrl,
                           @DefaultValue("50s") Duration pollTimeout,
                           @DefaultValue("30s") Duration requestTimeout,
                           @DefaultValue("10") int burst,
                           @DefaultValue("2") int ratePerSecond,
                           Map<String, TelegramBot> bots,
                           @DefaultValue("20s") Duration lease) {

        private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{1,100}");
        private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

        public Telegram {
            bots = bots == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(bots));
            if (!isWebUrl(apiUrl)) {
                throw new SettingRefused("slotbot.telegram.api-url: expected an absolute http(s) URL such as "
                        + "https://api.telegram.org, got \"" + apiUrl + "\"");
            }
            if (pollTimeout.compareTo(Duration.ofSeconds(1)) < 0 || pollTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new SettingRefused("slotbot.telegram.poll-timeout: expected 1s to 5m, got " + pollTimeout);
            }
            if (requestTimeout.compareTo(Duration.ofMillis(100)) < 0 || requestTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new SettingRefused("slotbot.telegram.request-timeout: expected 100ms to 5m, got " + requestTimeout);
            }
            if (lease.compareTo(Duration.ofSeconds(4)) < 0 || lease.compareTo(Duration.ofMinutes(2)) > 0) {
                throw new SettingRefused("slotbot.telegram.lease: expected 4s to 2m (another instance takes over within it "
                        + "when the polling one dies), got " + lease);
            }
            if (burst < 1) {
                throw new SettingRefused("slotbot.telegram.burst: expected a whole number of at least 1, got " + burst);
            }
            if (ratePerSecond < 1) {
                throw new SettingRefused("slotbot.telegram.rate-per-second: expected a whole number of at least 1, got " + ratePerSecond);
            }
            bots.forEach(Telegram::check);
        }

        /** Names the field and never echoes a token or a secret: start-up logs outlive the session that needs them. */
        private static void check(String name, TelegramBot bot) {
            String at = "slotbot.telegram.bots." + name + ".";
            if (bot.token() == null || bot.token().isBlank()) {
                throw new SettingRefused(at + "token: expected the bot's token from @BotFather, got nothing");
            }
            if (!TOKEN.matcher(bot.token()).matches()) {
                throw new SettingRefused(at + "token: expected a Bot API token shaped like 123456789:AAE..., "
                        + "got " + bot.token().length() + " characters that are not (the value is not shown)");
            }
            if (bot.webhookSecret() != null && !SECRET.matcher(bot.webhookSecret()).matches()) {
                throw new SettingRefused(at + "webhook-secret: expected 1 to 256 characters of A-Z, a-z, 0-9, _ "
                        + "and - (what Telegram takes as secret_token), got " + bot.webhookSecret().length()
                        + " characters that are not (the value is not shown)");
            }
            if (bot.webhookUrl() != null && bot.webhookSecret() == null) {
                throw new SettingRefused(at + "webhook-url: needs " + at + "webhook-secret too, so that the app "
                        + "can tell Telegram's requests from anyone else's");
            }
            if (bot.webhookUrl() != null && !("https".equals(bot.webhookUrl().getScheme()) && bot.webhookUrl().getHost() != null)) {
                throw new SettingRefused(at + "webhook-url: expected an https URL that Telegram can reach, such as "
                        + "https://slotbot.example.org/telegram/" + name + ", got \"" + bot.webhookUrl() + "\"");
            }
        }
    }

    /**
     * @param token         the Bot API token from @BotFather
     * @param webhookSecret when set, updates come by webhook at {@code POST /telegram/<bot>} carrying this secret; when
     *                      unset, by long polling
     * @param webhookUrl    when set (with the secret), the app registers it with Telegram (setWebhook) at start-up;
     *                      when unset, whoever runs the app registers the webhook
     */
    public record TelegramBot(String token, String webhookSecret, URI webhookUrl) {

        public boolean byWebhook() {
            return webhookSecret != null;
        }

        /** Never the token: a record's default toString would print it wherever the settings are logged. */
        @Override
        public String toString() {
            return "TelegramBot[token=(hidden), webhookSecret=" + (webhookSecret == null ? "none" : "(hidden)")
                    + ", webhookUrl=" + webhookUrl + "]";
        }
    }

    /** An absolute http or https URL with a host: what a setting that the app calls or links to must be. */
    public static boolean isWebUrl(URI url) {
        return url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null;
    }
}
