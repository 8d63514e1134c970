package slotbot.app.webchat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Opens web chat conversations with ids nobody can guess (192 random bits) and knows which it
 * opened. One address may open {@code slotbot.chat.sessions-per-minute} of them in any minute,
 * counted in the database so that the limit holds for all instances together.
 */
@Component
class ChatSessions {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration UNUSED_KEPT = Duration.ofDays(1);
    /** The longest client id a conversation can have (the column's width). */
    static final int MAX_CLIENT_ID = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChatSettings settings;

    ChatSessions(JdbcClient jdbc, Clock clock, ChatSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** What opening a conversation gave: its id, or how long the address must wait. */
    record Opening(String client, Duration retryAfter) {
        boolean refused() {
            return client == null;
        }
    }

    /**
     * Counts before the insert, so that a flood costs no writes, and again after it: the recount
     * sees every opening committed before it, so of several racing openings at the limit the
     * last to count gives its slot back, and no minute ever holds more than the limit.
     */
    Opening open(String bot, String remoteAddr) {
        String address = ChatAddress.key(remoteAddr);
        Instant now = clock.instant();
        if (openedWithin(address, now) >= settings.sessionsPerMinute()) {
            return refusal(address, now);
        }
        String client = newId();
        jdbc.sql("INSERT INTO chat_session (client_id, bot, address, created_at) VALUES (?, ?, ?, ?)")
                .params(client, bot, address, utc(now)).update();
        if (openedWithin(address, now) > settings.sessionsPerMinute()) {
            jdbc.sql("DELETE FROM chat_session WHERE client_id = ?").param(client).update();
            return refusal(address, now);
        }
        return new Opening(client, null);
    }

    boolean issued(String bot, String client) {
        if (client == null || client.length() > MAX_CLIENT_ID) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM chat_session WHERE client_id = ? AND bot = ?").params(client, bot)
                .query(Integer.class).single() > 0;
    }

    /**
     * Forgets conversations opened over a day ago that never got a message (no dialog row: the
     * first message makes it), and blanks the address of every opening older than the minute
     * it counted in. Answers how many conversations it forgot.
     */
    int sweep() {
        Instant now = clock.instant();
        int forgotten = jdbc.sql("DELETE FROM chat_session WHERE created_at < ? AND NOT EXISTS "
                        + "(SELECT 1 FROM dialog d WHERE d.bot = chat_session.bot AND d.client_id = chat_session.client_id)")
                .param(utc(now.minus(UNUSED_KEPT))).update();
        jdbc.sql("UPDATE chat_session SET address = NULL WHERE address IS NOT NULL AND created_at <= ?")
                .param(utc(now.minus(WINDOW))).update();
        return forgotten;
    }

    private int openedWithin(String address, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_session WHERE address = ? AND created_at > ?")
                .params(address, utc(now.minus(WINDOW))).query(Integer.class).single();
    }

    /** Until the oldest opening of the minute leaves it: then one more fits. */
    private Opening refusal(String address, Instant now) {
        OffsetDateTime oldest = jdbc.sql("SELECT MIN(created_at) FROM chat_session WHERE address = ? AND created_at > ?")
                .params(address, utc(now.minus(WINDOW))).query(OffsetDateTime.class).optional().orElse(null);
        Duration wait = oldest == null ? Duration.ofSeconds(1) : Duration.between(now, oldest.toInstant().plus(WINDOW));
        return new Opening(null, wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private static String newId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "web-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
