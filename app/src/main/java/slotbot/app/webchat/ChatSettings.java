package slotbot.app.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slotbot.chat.*}: how many messages a web chat client may send, per second on average and
 * in one burst, before it is asked to wait (429).
 */
@ConfigurationProperties("slotbot.chat")
record ChatSettings(@DefaultValue("2") int ratePerSecond, @DefaultValue("10") int burst) {

    ChatSettings {
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("slotbot.chat.rate-per-second and slotbot.chat.burst: expected at least 1, got "
                    + ratePerSecond + " and " + burst);
        }
    }
}
