package slotbot.app.webhooks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The booking webhook, only when {@code slotbot.webhook.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "slotbot.webhook", name = "url")
class WebhookConfig {

    @Bean
    WebhookOutbox webhookOutbox(JdbcClient jdbc, Clock clock, WebhookSettings settings) {
        if (settings.enabled() && (settings.secret() == null || settings.secret().isEmpty())) {
            throw new IllegalStateException("slotbot.webhook.url is set but slotbot.webhook.secret is not: webhooks are always signed");
        }
        return new WebhookOutbox(jdbc, clock, settings);
    }

    @Bean
    WebhookSender webhookSender(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, WebhookSettings settings) {
        return new WebhookSender(jdbc, new TransactionTemplate(transactions), clock, settings);
    }
}
