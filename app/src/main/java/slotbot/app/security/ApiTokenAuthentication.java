package slotbot.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A bearer token as presented (not yet trusted), or, once {@link ApiTokenProvider} admitted it, the
 * caller of the APIs. The token itself is erased once it is checked, so it lives no longer than needed.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private String token;
    private final String caller;

    private ApiTokenAuthentication(String token, String caller, boolean trusted) {
        super(trusted ? AuthorityUtils.createAuthorityList("ROLE_API") : AuthorityUtils.NO_AUTHORITIES);
        this.token = token;
        this.caller = caller;
        super.setAuthenticated(trusted);
    }

    static ApiTokenAuthentication presented(String token) {
        return new ApiTokenAuthentication(token, "token:?", false);
    }

    static ApiTokenAuthentication admitted(String caller) {
        return new ApiTokenAuthentication(null, caller, true);
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    /** The token's fingerprint ("token:1a2b3c4d5e6f"): names the caller in the audit without revealing the token. */
    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("only ApiTokenProvider trusts a token");
        }
        super.setAuthenticated(false);
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        token = null;
    }
}
