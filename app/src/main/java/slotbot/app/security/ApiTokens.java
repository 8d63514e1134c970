package slotbot.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which bearer tokens open the function and admin APIs now: the configured one until a rotation
 * revokes it, then the token the last rotation made. Tokens are kept as SHA-256 hashes; every
 * instance reads them again at most once per {@link #RECHECK}, and at once after its own rotation.
 */
public final class ApiTokens {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final ApiToken configured;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Known known;

    ApiTokens(ApiToken configured, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.configured = configured;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether a presented bearer token is valid now; throws a DataAccessException when that cannot be known. */
    public boolean admits(String presented) {
        return admits(presented, ApiToken.sha256(presented));
    }

    /** The same, given the token's SHA-256 already made (by the caller that also needs its fingerprint). */
    boolean admits(String presented, byte[] hash) {
        Known now = current();
        if (contains(now.revoked(), hash)) {
            return false;
        }
        return contains(now.active(), hash) || configured.admits(presented);
    }

    /** Makes a new token, revokes every other one (the configured one too), and answers the new one: it is shown only here. */
    public String rotate() {
        ApiToken fresh = ApiToken.random();
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE revoked_at IS NULL").param(at).update();
            jdbc.sql("INSERT INTO api_token (token_hash, created_at, revoked_at) VALUES (?, ?, ?)")
                    .params(HexFormat.of().formatHex(ApiToken.sha256(configured.reveal())), at, at).update();
            jdbc.sql("INSERT INTO api_token (token_hash, created_at) VALUES (?, ?)")
                    .params(HexFormat.of().formatHex(ApiToken.sha256(fresh.reveal())), at).update();
        });
        known = null;
        return fresh.reveal();
    }

    private Known current() {
        Known k = known;
        if (k != null && System.nanoTime() - k.checkedAt() < RECHECK.toNanos()) {
            return k;
        }
        Set<byte[]> active = new HashSet<>();
        Set<byte[]> revoked = new HashSet<>();
        List<Object[]> rows = jdbc.sql("SELECT token_hash, revoked_at FROM api_token")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2)}).list();
        for (Object[] row : rows) {
            (row[1] == null ? active : revoked).add(HexFormat.of().parseHex((String) row[0]));
        }
        k = new Known(System.nanoTime(), active, revoked);
        known = k;
        return k;
    }

    /** Compares with every hash, each in constant time. */
    private static boolean contains(Set<byte[]> hashes, byte[] hash) {
        boolean found = false;
        for (byte[] each : hashes) {
            found |= MessageDigest.isEqual(each, hash);
        }
        return found;
    }

    private record Known(long checkedAt, Set<byte[]> active, Set<byte[]> revoked) {
    }
}
