package slotbot.app.jdbc;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/** The database the app runs on, its schema migrated beside the start ({@link SchemaMigration}), its transactions. */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    /** Static: a post-processor, made before the data source it wraps. */
    @Bean
    static SchemaMigration.Gate schemaGate() {
        return new SchemaMigration.Gate();
    }

    /** As Boot's own initializer, none when {@code spring.flyway.enabled=false}. */
    @Bean
    @ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
    SchemaMigration schemaMigration(Flyway flyway, SchemaMigration.Gate gate) {
        return new SchemaMigration(flyway, gate);
    }

    /** The transactions of the app's code, which uses no {@code @Transactional} (application.yaml says why). */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    Database database(DataSource dataSource) {
        return Database.of(dataSource);
    }
}
