package slotbot.app.jdbc;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Flyway's migration, run on a thread of its own while the rest of the application starts: on a fresh database it
 * is a good part of the start-up time, and most beans (the web server, security, the endpoints) need no table.
 *
 * <p>Spring Boot's own initializer steps aside for this one (it is a {@link FlywayMigrationInitializer}), so the beans
 * that wait for the schema still come after it; but it only starts the migration. From then until the migration is
 * done, every connection asked of the application's {@link DataSource} waits for it ({@link Gate}), so nothing reads
 * a table before it exists; a failed migration fails every such request, and the start, with Flyway's message
 * ({@link #afterSingletonsInstantiated}). The migration itself, on its own thread, goes through.
 */
public final class SchemaMigration extends FlywayMigrationInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final Flyway flyway;
    private final Gate gate;

    public SchemaMigration(Flyway flyway, Gate gate) {
        super(flyway);
        this.flyway = flyway;
        this.gate = gate;
    }

    @Override
    public void afterPropertiesSet() {
        Thread migrator = new Thread(() -> gate.finish(flyway::migrate), "slotbot-schema");
        gate.begin(migrator);
        migrator.start();
    }

    /** The app serves only once the schema is migrated, even if no bean needed a table before. */
    @Override
    public void afterSingletonsInstantiated() {
        awaitMigrated();
    }

    /** Blocks until the schema is migrated; throws what the migration threw. */
    public void awaitMigrated() {
        gate.await();
    }

    /** Wraps the application's data source so that its connections wait for the migration once it has begun. */
    public static final class Gate implements BeanPostProcessor {

        private final CompletableFuture<Void> migrated = new CompletableFuture<>();
        private volatile Thread migrator;

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof DataSource dataSource && !(bean instanceof Gated) ? new Gated(dataSource) : bean;
        }

        void begin(Thread thread) {
            migrator = thread;
        }

        void finish(Runnable migration) {
            try {
                migration.run();
                migrated.complete(null);
            } catch (Throwable e) {
                migrated.completeExceptionally(e);
            }
        }

        /** Before the migration begins (Flyway reading which database it is on) and on its own thread: no wait. */
        private void awaitFor(Thread caller) {
            Thread thread = migrator;
            if (thread != null && thread != caller) {
                if (!migrated.isDone() && log.isDebugEnabled()) {
                    // Which bean held up the start waiting for the schema: the reason to look at it.
                    log.debug("{} waits for the schema's migration", caller.getName(), new Exception("asked for a connection here"));
                }
                await();
            }
        }

        void await() {
            try {
                migrated.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the database schema was being migrated", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the database schema could not be migrated: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }

        private final class Gated extends DelegatingDataSource {

            Gated(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                awaitSchema();
                return super.getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                awaitSchema();
                return super.getConnection(username, password);
            }

            private void awaitSchema() throws SQLException {
                try {
                    awaitFor(Thread.currentThread());
                } catch (IllegalStateException e) {
                    throw new SQLException(e.getMessage(), e.getCause());
                }
            }
        }
    }
}
