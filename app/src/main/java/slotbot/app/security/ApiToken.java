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

    /** Whether an Authorization header carries this token as "Bearer &lt;token&gt;". */
    public boolean admits(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, given);
    }

    /**
     * Who called, for the audit log: "token:" and the first 12 hex digits of the SHA-256 of the
     * bearer token given, or "anonymous". Names a token without revealing it.
     */
    public String fingerprintOf(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "anonymous";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8));
            return "token:" + java.util.HexFormat.of().formatHex(hash, 0, 6);
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
