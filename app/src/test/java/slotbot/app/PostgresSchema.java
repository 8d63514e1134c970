package slotbot.app;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/** Points a test context at a fresh schema on the PostgreSQL of SLOTBOT_TEST_POSTGRES_URL. */
public final class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "SLOTBOT_TEST_POSTGRES_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String base = System.getenv(URL_VARIABLE);
        String schema = "slotbot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.flyway.schemas=" + schema,
                "spring.flyway.create-schemas=true",
                // The cached contexts of a whole run (and of other builds sharing the server) would hold
                // ten idle connections each and pass the server's max_connections: idle ones are let go.
                "spring.datasource.hikari.minimum-idle=0",
                "spring.datasource.hikari.idle-timeout=10000"
        ).applyTo(context);
    }
}
