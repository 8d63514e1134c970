package slotbot.app.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;

import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Where the server's autovacuum is off (the CI machines), the app keeps its tables' planner statistics itself: a table
 * that changed past autovacuum's thresholds is analyzed, one with many dead rows vacuumed, and one that barely changed
 * is left alone.
 */
@OnPostgres
class TableStatisticsOnPostgresTest extends AppTestBase {

    @Autowired
    JdbcTemplate statements;

    private TableStatistics statistics;

    @BeforeEach
    void probeTable() {
        assumeThat(statements.queryForObject("SELECT current_setting('autovacuum')", String.class))
                .as("with autovacuum on, the server keeps the statistics itself").isEqualTo("off");
        statements.execute("DROP TABLE IF EXISTS statistics_probe");
        statements.execute("CREATE TABLE statistics_probe (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL)");
        statistics = new TableStatistics(jdbc);
    }

    @Test
    void aTableThatGrewFromNothingIsAnalyzedAndThenLeftAloneWhileItBarelyChanges() {
        analyzedAfterWriting(500);
        assertThat(statements.queryForObject("SELECT reltuples FROM pg_class WHERE oid = 'statistics_probe'::regclass", Double.class))
                .isEqualTo(500.0);
        assertThat(statements.queryForObject("SELECT COUNT(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'statistics_probe'", Integer.class))
                .isEqualTo(2);

        written("INSERT INTO statistics_probe SELECT i, 'row ' || i FROM generate_series(501, 520) i");
        assertThat(statistics.keep()).doesNotContain("statistics_probe");
    }

    @Test
    void aTableWithManyDeadRowsIsVacuumed() {
        analyzedAfterWriting(500);

        written("DELETE FROM statistics_probe WHERE id > 200");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            statistics.keep();
            assertThat(statements.queryForObject(
                    "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relid = 'statistics_probe'::regclass", Boolean.class))
                    .isTrue();
        });
        assertThat(statements.queryForObject("SELECT reltuples FROM pg_class WHERE oid = 'statistics_probe'::regclass", Double.class))
                .isEqualTo(200.0);
    }

    /** Only a vacuum marks pages all-visible, and without that every index-only read visits the table's pages. */
    @Test
    void aTableThatOnlyGrowsIsVacuumedSoThatItsPagesAreAllVisible() {
        written("INSERT INTO statistics_probe SELECT i, 'row ' || i FROM generate_series(1, 5000) i");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            statistics.keep();
            assertThat(statements.queryForObject(
                    "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relid = 'statistics_probe'::regclass", Boolean.class))
                    .isTrue();
        });
        assertThat(statements.queryForObject(
                "SELECT relallvisible = relpages AND relpages > 0 FROM pg_class WHERE oid = 'statistics_probe'::regclass", Boolean.class))
                .isTrue();

        written("INSERT INTO statistics_probe SELECT i, 'row ' || i FROM generate_series(5001, 5500) i");
        assertThat(statistics.keep()).as("500 rows added to 5,000 is under 1,000 + 20 %%").doesNotContain("statistics_probe");
    }

    @Test
    void aBigTableIsAnalyzedButNotVacuumedWhichWouldHoldATimerThreadForLong() {
        analyzedAfterWriting(120_000);

        written("DELETE FROM statistics_probe WHERE id > 60000");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(statistics.keep()).contains("statistics_probe");
            assertThat(statements.queryForObject("SELECT reltuples FROM pg_class WHERE oid = 'statistics_probe'::regclass",
                    Double.class)).isLessThan(70_000.0);
        });
        assertThat(statements.queryForObject(
                "SELECT last_vacuum IS NULL FROM pg_stat_user_tables WHERE relid = 'statistics_probe'::regclass", Boolean.class))
                .isTrue();
    }

    /** Writes rows 1..{@code rows} into the new table and keeps the statistics until it has been analyzed. */
    private void analyzedAfterWriting(int rows) {
        written("INSERT INTO statistics_probe SELECT i, 'row ' || i FROM generate_series(1, " + rows + ") i");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            statistics.keep();
            assertThat(lastAnalyzed()).isNotNull();
        });
    }

    private Object lastAnalyzed() {
        return statements.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'statistics_probe'::regclass",
                Object.class);
    }

    /** Runs a write and has its counts published to the statistics views at once (they are otherwise sent within seconds). */
    private void written(String sql) {
        statements.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_stat_force_next_flush()");
                statement.execute(sql);
            }
            return null;
        });
    }
}
