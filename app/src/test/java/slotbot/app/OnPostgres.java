package slotbot.app;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against the PostgreSQL server named by SLOTBOT_TEST_POSTGRES_URL (a JDBC URL),
 * in a schema of its own created by our migrations; skipped when the variable is unset.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface OnPostgres {
}
