package slotbot.app.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import slotbot.app.OnPostgres;
import slotbot.app.PostgresSchema;

import javax.sql.DataSource;
import java.util.UUID;

@OnPostgres
class StatusMigrationOnPostgresTest extends StatusMigrationContract {

    /** A fresh schema on the server of SLOTBOT_TEST_POSTGRES_URL. */
    @Override
    DataSource database() {
        String base = System.getenv(PostgresSchema.URL_VARIABLE);
        String schema = "slotbot_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient.create(new DriverManagerDataSource(base)).sql("CREATE SCHEMA " + schema).update();
        return new DriverManagerDataSource(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
