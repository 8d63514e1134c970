package slotbot.app.telegram;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * What one bot's Telegram channel keeps where every instance sees it (V30): the long-poll lease of its token, the
 * update ids played, the chats showing a reply keyboard, the labels of buttons too long for callback_data. The token
 * is named by a key derived from it, never stored.
 */
final class TelegramStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgres;
    private final String token;

    TelegramStore(JdbcClient jdbc, Clock clock, boolean postgres, String botToken) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = postgres;
        this.token = key(botToken);
    }

    /**
     * Takes or renews the lease for {@code holder}: true when it holds it now for {@code length} more, by the
     * database's clock (instances' clocks may differ, the database's is one).
     */
    boolean hold(String holder, Duration length) {
        String expires = fromNow();
        int renewed = jdbc.sql("UPDATE telegram_lease SET holder = ?, expires_at = " + expires
                        + " WHERE token_key = ? AND (holder = ? OR expires_at < CURRENT_TIMESTAMP)")
                .params(holder, length.toMillis(), token, holder).update();
        if (renewed == 1) {
            return true;
        }
        return insertIfAbsent("telegram_lease", "token_key, holder, expires_at", "token_key",
                "?, ?, " + expires, token, holder, length.toMillis()) == 1;
    }

    /** Gives the lease up at once, so that another instance need not wait for it to expire. */
    void release(String holder) {
        jdbc.sql("DELETE FROM telegram_lease WHERE token_key = ? AND holder = ?").params(token, holder).update();
    }

    /**
     * Marks the update played; false when it was before (here or on another instance). Meant for the turn's
     * transaction. Stamped by the database's clock, which {@link #forgetOldUpdates} goes by: an instance whose clock
     * is off must not forget what another played.
     */
    boolean claim(long updateId) {
        return insertIfAbsent("telegram_update", "token_key, update_id, played_at", "token_key, update_id",
                "?, ?, CURRENT_TIMESTAMP", token, updateId) == 1;
    }

    /** Forgets updates played two days ago and more (the database's clock): Telegram keeps an unconfirmed update a day at most. */
    int forgetOldUpdates() {
        return jdbc.sql("DELETE FROM telegram_update WHERE token_key = ? AND played_at < " + fromNow())
                .params(token, -Duration.ofDays(2).toMillis()).update();
    }

    /** The database's now plus a parameter of milliseconds. */
    private String fromNow() {
        return postgres ? "CURRENT_TIMESTAMP + (? * INTERVAL '1 millisecond')" : "DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP)";
    }

    /** Whether the chat was showing a reply keyboard, which this call forgets. */
    boolean takeReplyKeyboard(long chat) {
        return jdbc.sql("DELETE FROM telegram_reply_keyboard WHERE token_key = ? AND chat_id = ?").params(token, chat).update() == 1;
    }

    void rememberReplyKeyboard(long chat) {
        insertIfAbsent("telegram_reply_keyboard", "token_key, chat_id", "token_key, chat_id", "?, ?", token, chat);
    }

    void rememberLabel(String key, String label) {
        insertIfAbsent("telegram_button_label", "token_key, label_key, label, created_at", "token_key, label_key",
                "?, ?, ?, ?", token, key, label, utc(clock.instant()));
    }

    Optional<String> label(String key) {
        return jdbc.sql("SELECT label FROM telegram_button_label WHERE token_key = ? AND label_key = ?").params(token, key)
                .query(String.class).optional();
    }

    /**
     * Inserts unless the key is there; never fails on a duplicate, so that it may run inside a turn's transaction
     * (PostgreSQL skips it with ON CONFLICT; H2 refuses the one statement and leaves the transaction usable).
     */
    private int insertIfAbsent(String table, String columns, String key, String values, Object... params) {
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")"
                + (postgres ? " ON CONFLICT (" + key + ") DO NOTHING" : "");
        try {
            return jdbc.sql(sql).params(params).update();
        } catch (DuplicateKeyException e) {
            return 0;
        }
    }

    static String key(String botToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
