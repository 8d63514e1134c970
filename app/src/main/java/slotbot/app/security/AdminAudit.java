package slotbot.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Writes down every change made through the admin API (any method but GET), after it is answered:
 * which token (by a fingerprint, never the token), what, when, and the status it got.
 */
final class AdminAudit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);

    private final JdbcClient jdbc;
    private final ApiToken token;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, ApiToken token, Clock clock) {
        this.jdbc = jdbc;
        this.token = token;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/admin") || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        String path = request.getRequestURI();
        try {
            jdbc.sql("INSERT INTO admin_audit (actor, method, path, status, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(token.fingerprintOf(request.getHeader("Authorization")), request.getMethod(),
                            path.length() > 500 ? path.substring(0, 500) : path, status, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (RuntimeException e) {
            log.error("Could not write the audit record of {} {}", request.getMethod(), path, e);
        }
    }
}
