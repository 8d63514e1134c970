package slotbot.app.jdbc;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcConfigTest {

    private final DataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:jdbc-config");
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(JdbcConfig.class)
            .withBean(DataSource.class, () -> h2)
            .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(h2));

    @Test
    void withFlywayOffThereIsNothingToMigrateAndTheAppStillStarts() {
        context.withPropertyValues("spring.flyway.enabled=false").run(started -> {
            assertThat(started).hasNotFailed().doesNotHaveBean(SchemaMigration.class);
            assertThat(started.getBean(Database.class).postgres()).isFalse();
        });
    }

    @Test
    void withFlywayOnItsMigrationTakesBootsPlace() {
        context.withBean(Flyway.class, () -> Flyway.configure()
                        .dataSource("jdbc:h2:mem:jdbc-config-on", "sa", "").locations("classpath:no-migrations-here").load())
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(SchemaMigration.class));
    }
}
