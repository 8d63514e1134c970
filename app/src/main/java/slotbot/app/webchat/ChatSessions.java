package slotbot.app.webchat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;

/** Opens web chat conversations with ids nobody can guess (192 random bits) and knows which it opened. */
@Component
class ChatSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ChatSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String open(String bot) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String client = "web-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO chat_session (client_id, bot, created_at) VALUES (?, ?, ?)")
                .params(client, bot, clock.instant().atOffset(ZoneOffset.UTC)).update();
        return client;
    }

    boolean issued(String bot, String client) {
        if (client == null || client.length() > 128) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM chat_session WHERE client_id = ? AND bot = ?").params(client, bot)
                .query(Integer.class).single() > 0;
    }
}
