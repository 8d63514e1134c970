package slotbot.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.SlotbotProperties;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

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

    /** Runs after the token check, so that refused calls (401) are not recorded as changes. */
    @Bean
    FilterRegistrationBean<AdminAudit> adminAudit(JdbcClient jdbc, ApiToken token, Clock clock) {
        FilterRegistrationBean<AdminAudit> registration = new FilterRegistrationBean<>(new AdminAudit(jdbc, token, clock));
        registration.addUrlPatterns("/api/v1/admin/*");
        registration.setOrder(2);
        return registration;
    }

    @Bean
    ApiTokens apiTokens(ApiToken configured, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new ApiTokens(configured, jdbc, transactions, clock);
    }

    @Bean
    FilterRegistrationBean<TokenFilter> tokenFilter(ApiTokens token) {
        FilterRegistrationBean<TokenFilter> registration = new FilterRegistrationBean<>(new TokenFilter(token));
        registration.addUrlPatterns("/api/v1/functions/*", "/api/v1/admin/*");
        registration.setOrder(1);
        return registration;
    }
}
