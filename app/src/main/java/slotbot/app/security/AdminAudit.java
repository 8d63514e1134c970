package slotbot.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Writes down every change made through the admin API (any method but GET and HEAD), after it is
 * answered: which token (by a fingerprint, never the token), what, when, and the status it got.
 * An interceptor of Spring MVC, so it sees exactly the requests routed to an admin controller (not
 * a path that routes nowhere),
 * however their path was spelled; refused calls (401) never get that far.
 */
final class AdminAudit implements HandlerInterceptor {

    static final String ADMIN_PATHS = "/api/v1/admin/**";
    private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);
    private static final int MAX_PATH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        boolean change = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (change && handler instanceof HandlerMethod) {
            record(request, response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        String path = request.getRequestURI();
        try {
            jdbc.sql("INSERT INTO admin_audit (actor, method, path, status, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(actor(), request.getMethod(), path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path,
                            status, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (RuntimeException e) {
            log.error("Could not write the audit record of {} {}", request.getMethod(), path, e);
        }
    }

    private static String actor() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof ApiTokenAuthentication ? (String) caller.getPrincipal() : "anonymous";
    }
}
