package slotbot.app.jdbc;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** On one instance at a time, as every recurring task; a no-op on H2, whose statistics need no keeping. */
    @Bean
    RecurringTask<Void> tableStatistics(DataSource dataSource, Database database) {
        TableStatistics statistics = new TableStatistics(JdbcClient.create(dataSource));
        return Tasks.recurring("table-statistics", FixedDelay.of(TableStatistics.EVERY))
                .execute((instance, context) -> {
                    if (database.postgres()) {
                        statistics.keep();
                    }
                });
    }
}
