package slotbot.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The bearer token of the function and admin APIs. Compared in constant time; never logged. */
public final class ApiToken {

    private final byte[] token;

    private ApiToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public static ApiToken of(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("slotbot.security.api-token: expected a non-empty token");
        }
        return new ApiToken(configured.strip());
    }

    public static ApiToken random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new ApiToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented bearer token is this one, compared in constant time. */
    boolean admits(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Who called, for the audit log: "token:" and the first 12 hex digits of the SHA-256 of the
     * token presented (given as that hash). Names a token without revealing it.
     */
    static String fingerprint(byte[] hash) {
        return "token:" + java.util.HexFormat.of().formatHex(hash, 0, 6);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The token itself, for printing once at start-up when it was generated. */
    String reveal() {
        return new String(token, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApiToken[****]";
    }
}
