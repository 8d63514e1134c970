package slotbot.app.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slotbot.chat.*}: what one web chat client or address may take from the server before it
 * is asked to wait (429).
 *
 * @param ratePerSecond          messages a client may send per second on average
 * @param burst                  messages a client may send at once
 * @param sessionsPerMinute      conversations one address may open per minute (all instances together)
 * @param streamsPerConversation live streams one conversation may hold open on an instance; a new one closes the oldest
 * @param streamsPerInstance     live streams one instance holds open in all; beyond it new ones are refused
 */
@ConfigurationProperties("slotbot.chat")
record ChatSettings(@DefaultValue("2") int ratePerSecond, @DefaultValue("10") int burst,
                    @DefaultValue("20") int sessionsPerMinute,
                    @DefaultValue("5") int streamsPerConversation,
                    @DefaultValue("2000") int streamsPerInstance) {

    ChatSettings {
        atLeastOne("rate-per-second", ratePerSecond);
        atLeastOne("burst", burst);
        atLeastOne("sessions-per-minute", sessionsPerMinute);
        atLeastOne("streams-per-conversation", streamsPerConversation);
        atLeastOne("streams-per-instance", streamsPerInstance);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("slotbot.chat." + name + ": expected a whole number of at least 1, got " + value);
        }
    }
}
