package slotbot.app.jdbc;

import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The database the app runs on, and its schema migrated beside the start ({@link SchemaMigration}). */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    /** Static: a post-processor, made before the data source it wraps. */
    @Bean
    static SchemaMigration.Gate schemaGate() {
        return new SchemaMigration.Gate();
    }

    @Bean
    SchemaMigration schemaMigration(Flyway flyway, SchemaMigration.Gate gate) {
        return new SchemaMigration(flyway, gate);
    }

    @Bean
    Database database(DataSource dataSource) {
        return Database.of(dataSource);
    }
}
