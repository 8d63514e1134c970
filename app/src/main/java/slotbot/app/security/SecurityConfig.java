package slotbot.app.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import slotbot.app.SlotbotProperties;

import java.time.Clock;
import java.util.List;

/**
 * Who may call what. Spring Security matches the path as Spring MVC routes it (decoded, path
 * parameters dropped), after its firewall refused every spelling that is not plain (";x", encoded
 * "/" or ".", "//", "/./", "/../"). Every API under /api and /mcp needs the token but the web
 * chat and the demo payment, whose conversations are guarded by their unguessable ids; so do the
 * metrics (/actuator/prometheus, and whatever else is under /actuator but the health check); pages,
 * assets, the health check and the API documents are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    private static final String CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** Scripts and styles only from the app itself: whatever a client or a bot author wrote cannot run in a page. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /**
     * Swagger UI (springdoc's bundled page) under the same policy but one stylesheet: the logo it draws
     * carries a {@code <style>} element, allowed by its hash and nothing else (scripts as strict as
     * everywhere). A new Swagger UI with another logo only loses the logo's colours; the page test
     * names the new hash.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    @Bean
    SecurityFilterChain apiAccess(HttpSecurity http, AuthenticationManager tokens, SlotbotProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        // The chat and the demo payment answer to whoever holds a conversation's unguessable id.
                        .requestMatchers("/api/v1/chat/**", "/api/v1/pay/**").permitAll()
                        .requestMatchers("/api/**", "/mcp", "/mcp/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterAt(bearerTokens(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) ->
                        Refusals.unauthenticated(response, failure)))
                // Stateless without the filters that would only act on a session or a servlet login, none of which
                // exists here (issue 14: each filter is a nested call and request attributes on every request):
                // the context lives in a request attribute only (what STATELESS chose), the session id is still
                // never written into a URL, a request without a token has no authentication at all (refused
                // by the same entry point as an anonymous one was), and request.getUserPrincipal() is not served.
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterAt(new DisableEncodeUrlFilter(), DisableEncodeUrlFilter.class)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                // No cookie ever authenticates a call here, so there is no cross-site request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .addHeaderWriter(SecurityConfig::contentSecurityPolicy)
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        List<String> origins = properties.security().corsOrigins();
        if (origins.isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(cors -> cors.configurationSource(crossOrigin(origins)));
        }
        return http.build();
    }

    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(CONTENT_SECURITY_POLICY_HEADER)) {
            response.setHeader(CONTENT_SECURITY_POLICY_HEADER,
                    SWAGGER_UI.matches(request) ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        }
    }

    /** Reads "Authorization: Bearer &lt;token&gt;"; a request without one goes on as anonymous and is refused where a token is needed. */
    private static AuthenticationFilter bearerTokens(AuthenticationManager tokens) {
        AuthenticationFilter filter = new AuthenticationFilter(tokens, SecurityConfig::presentedToken);
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler((request, response, failure) -> Refusals.unauthenticated(response, failure));
        return filter;
    }

    private static ApiTokenAuthentication presentedToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return ApiTokenAuthentication.presented(header.substring(7).strip());
    }

    private static UrlBasedCorsConfigurationSource crossOrigin(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Last-Event-ID", "Mcp-Session-Id"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        source.registerCorsConfiguration("/mcp/**", cors);
        source.registerCorsConfiguration("/mcp", cors);
        return source;
    }

    /** The framework's strict firewall, as is: what it rejects is answered as JSON by {@link #rejectedAsJson()}. */
    /**
     * No observation of the security filters, nor of authentication and authorization: no timer per filter of every
     * request (docs/metrics.md), and the chain is left unwrapped.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpFirewall firewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler rejectedAsJson() {
        return (request, response, e) -> Refusals.rejected(response, e);
    }

    @Bean
    ApiToken apiToken(SlotbotProperties properties) {
        String configured = properties.security().apiToken();
        if (configured != null && !configured.isBlank()) {
            return ApiToken.of(configured);
        }
        ApiToken generated = ApiToken.random();
        // Printed to the console once, not logged: log files outlive the session that needs the token.
        System.out.println("slotbot: no slotbot.security.api-token set; this run's API token is: " + generated.reveal());
        log.info("Generated a random API token for this run (printed on the console, not logged)");
        return generated;
    }

    /** The one way in: an API token. Being a bean, it also keeps Boot from making a default user with a logged password. */
    @Bean
    AuthenticationManager apiTokenAuthentication(ApiTokens tokens) {
        return new ProviderManager(new ApiTokenProvider(tokens));
    }

    @Bean
    ApiTokens apiTokens(ApiToken configured, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new ApiTokens(configured, jdbc, transactions, clock);
    }

    /** The audit runs where Spring MVC routes, so that it sees each admin change whatever spelling reached it. */
    @Bean
    WebMvcConfigurer adminAudit(JdbcClient jdbc, Clock clock) {
        AdminAudit audit = new AdminAudit(jdbc, clock);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(audit).addPathPatterns(AdminAudit.ADMIN_PATHS);
            }
        };
    }
}
