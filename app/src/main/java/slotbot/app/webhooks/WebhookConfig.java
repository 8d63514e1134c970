package slotbot.app.webhooks;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.jdbc.Database;
import slotbot.app.clients.ClientRows;
import slotbot.app.metrics.Gauges;

import java.time.Clock;

/** The booking webhook, only when {@code slotbot.webhook.url} is set ({@link WebhookSettings} checks it and the secret). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "slotbot.webhook", name = "url")
class WebhookConfig {

    @Bean
    WebhookOutbox webhookOutbox(Database database, JdbcClient jdbc, Clock clock, WebhookSettings settings, ClientRows clients) {
        return new WebhookOutbox(jdbc, clock, settings, clients, database.postgres());
    }

    /** The events not yet delivered: a few while the receiver answers, growing while it does not. */
    @Bean
    MeterBinder webhookBacklog(WebhookOutbox outbox) {
        return Gauges.backlog("webhooks", outbox::waiting);
    }

    @Bean
    WebhookSender webhookSender(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, WebhookSettings settings) {
        return new WebhookSender(jdbc, new TransactionTemplate(transactions), clock, settings);
    }
}
