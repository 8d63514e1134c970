package slotbot.app.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SchemaMigrationTest {

    private final Counting target = new Counting();
    private final SchemaMigration.Gate gate = new SchemaMigration.Gate();
    private final DataSource app = (DataSource) gate.postProcessAfterInitialization(target, "dataSource");

    @Test
    void beforeTheMigrationBeginsConnectionsGoThrough() throws Exception {
        app.getConnection();
        assertThat(target.connections.get()).isEqualTo(1);
    }

    @Test
    void onceItHasBegunAConnectionWaitsUntilItIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread migrator = migrate(() -> {
            try {
                app.getConnection();   // the migration's own connection does not wait for itself
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> target.connections.get() == 1);

        Thread[] caller = new Thread[1];
        CompletableFuture<Connection> asked = CompletableFuture.supplyAsync(() -> {
            caller[0] = Thread.currentThread();
            try {
                return app.getConnection();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> caller[0] != null && caller[0].getState() == Thread.State.WAITING);
        assertThat(asked).isNotDone();
        assertThat(target.connections.get()).isEqualTo(1);

        release.countDown();
        migrator.join();
        asked.get();
        assertThat(target.connections.get()).isEqualTo(2);
    }

    @Test
    void aFailedMigrationFailsConnectionsAndTheStartWithItsMessage() throws Exception {
        migrate(() -> {
            throw new IllegalStateException("Migration V7__bad.sql failed");
        }).join();

        assertThatThrownBy(app::getConnection).hasMessageContaining("Migration V7__bad.sql failed");
        assertThatThrownBy(gate::await).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the database schema could not be migrated")
                .hasMessageContaining("Migration V7__bad.sql failed");
        assertThat(target.connections.get()).isZero();
    }

    @Test
    void theDatabaseIsToldFromThePoolsUrlWithoutAConnection() {
        try (HikariDataSource postgres = new HikariDataSource(); HikariDataSource h2 = new HikariDataSource()) {
            postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
            h2.setJdbcUrl("jdbc:h2:mem:none");
            assertThat(Database.of((DataSource) gate.postProcessAfterInitialization(postgres, "dataSource")).postgres()).isTrue();
            assertThat(Database.of(h2).postgres()).isFalse();
        }
    }

    private Thread migrate(Runnable migration) {
        Thread migrator = new Thread(() -> gate.finish(migration), "test-migrator");
        gate.begin(migrator);
        migrator.start();
        return migrator;
    }

    private static final class Counting extends AbstractDataSource {
        final AtomicInteger connections = new AtomicInteger();

        @Override
        public Connection getConnection() {
            connections.incrementAndGet();
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }
    }
}
