package slotbot.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import slotbot.app.web.JsonRefusal;

import java.io.IOException;

/** The security chain's answers, in the APIs' JSON shape: {"status": false, "message": "..."}. */
final class Refusals {

    /** Seconds a caller should wait before trying again when the token cannot be checked. */
    static final int RETRY_AFTER_SECONDS = 5;

    private Refusals() {
    }

    /** No token, a wrong one, or (503) none can be checked now because the database is out of reach. */
    static void unauthenticated(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the API token cannot be checked now (the database is out of reach); try again in a few seconds");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Authorization: expected \"Bearer <slotbot.security.api-token>\"");
    }

    /** A path or header the firewall will not let through: ";x", an encoded "/" or ".", "//", "/./", "/../" and the like. */
    static void rejected(HttpServletResponse response, RequestRejectedException e) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST, "request: expected a plain path and headers, got one the server refuses ("
                + e.getMessage() + ")");
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        JsonRefusal.write(response, status, message);
    }
}
