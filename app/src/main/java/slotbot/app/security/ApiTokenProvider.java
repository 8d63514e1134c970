package slotbot.app.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Trusts a bearer token that {@link ApiTokens} says is valid now. */
final class ApiTokenProvider implements AuthenticationProvider {

    private final ApiTokens tokens;

    ApiTokenProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((ApiTokenAuthentication) authentication).token();
        // Hashed once per request: the hash both finds the token among the known ones and names the caller.
        byte[] hash = ApiToken.sha256(token);
        boolean valid;
        try {
            valid = tokens.admits(token, hash);
        } catch (DataAccessException e) {
            // The token list lives in the database: without it nobody can be told yes or no, so "try again".
            throw new AuthenticationServiceException("the token cannot be checked now", e);
        }
        if (!valid) {
            throw new BadCredentialsException("not a valid token");
        }
        return ApiTokenAuthentication.admitted(ApiToken.fingerprint(hash));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
