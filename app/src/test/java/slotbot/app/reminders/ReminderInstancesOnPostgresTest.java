package slotbot.app.reminders;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import slotbot.app.PostgresSchema;

import java.util.List;
import java.util.UUID;

/** Both instances in one fresh schema of the PostgreSQL of SLOTBOT_TEST_POSTGRES_URL, as PostgresSchema makes them. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class ReminderInstancesOnPostgresTest extends ReminderInstancesContract {

    private final String schema = "slotbot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected List<String> database() {
        String base = System.getenv(PostgresSchema.URL_VARIABLE);
        return List.of("--spring.datasource.url=" + base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
    }
}
