package slotbot.app.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction's last writes that commit it in their own round trip (Writes.runLast): they commit everything the
 * transaction wrote, and nothing when they fail or when the transaction must roll back.
 */
@OnPostgres
class WritesLastOnPostgresTest extends AppTestBase {

    @Autowired
    JdbcTemplate statements;

    @Autowired
    TransactionTemplate transactions;

    private Writes writes;

    @BeforeEach
    void probeTable() {
        statements.execute("CREATE TABLE IF NOT EXISTS writes_probe (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " label VARCHAR(20) NOT NULL UNIQUE)");
        statements.execute("DELETE FROM writes_probe");
        writes = new Writes(jdbc, statements, true);
    }

    @Test
    void theLastWritesCommitTheTransactionWithThemAndAnswerTheirIds() {
        List<Long> ids = transactions.execute(status -> {
            statements.update("INSERT INTO writes_probe (label) VALUES ('before')");
            List<Long> written = writes.runLast(status, List.of(new Writes.Write("UPDATE writes_probe SET label = ? WHERE label = ?",
                    List.of("earlier", "before"))), new Writes.Write("INSERT INTO writes_probe (label) VALUES (?), (?)", List.of("a", "b")));
            // The transaction is over on the database's side already: the manager's commit has nothing left to send.
            assertThat(transactionState()).isEqualTo(TransactionState.IDLE);
            return written;
        });

        assertThat(ids).hasSize(2);
        assertThat(labels()).containsExactlyInAnyOrder("earlier", "a", "b");
        assertThat(ids).containsExactlyElementsOf(statements.queryForList(
                "SELECT id FROM writes_probe WHERE label IN ('a', 'b') ORDER BY id", Long.class));
    }

    @Test
    void lastWritesWithoutIdsCommitToo() {
        transactions.executeWithoutResult(status -> {
            statements.update("INSERT INTO writes_probe (label) VALUES ('before')");
            writes.runLast(status, List.of(new Writes.Write("INSERT INTO writes_probe (label) VALUES (?)", List.of("last"))));
            assertThat(transactionState()).isEqualTo(TransactionState.IDLE);
        });

        assertThat(labels()).containsExactlyInAnyOrder("before", "last");
    }

    @Test
    void lastWritesThatFailTakeTheWholeTransactionBack() {
        statements.update("INSERT INTO writes_probe (label) VALUES ('taken')");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            statements.update("INSERT INTO writes_probe (label) VALUES ('before')");
            writes.runLast(status, List.of(), new Writes.Write("INSERT INTO writes_probe (label) VALUES (?)", List.of("taken")));
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(labels()).containsExactly("taken");
    }

    @Test
    void aTransactionThatMustRollBackIsNotCommittedByItsLastWrites() {
        transactions.executeWithoutResult(status -> {
            statements.update("INSERT INTO writes_probe (label) VALUES ('before')");
            status.setRollbackOnly();
            writes.runLast(status, List.of(), new Writes.Write("INSERT INTO writes_probe (label) VALUES (?)", List.of("last")));
        });

        assertThat(labels()).isEmpty();
    }

    @Test
    void aPartThatJoinedATransactionLeavesItsEndToItsOwner() {
        transactions.executeWithoutResult(outer -> {
            transactions.executeWithoutResult(joined -> writes.runLast(joined, List.of(),
                    new Writes.Write("INSERT INTO writes_probe (label) VALUES (?)", List.of("joined"))));
            assertThat(transactionState()).isEqualTo(TransactionState.OPEN);
            outer.setRollbackOnly();
        });

        assertThat(labels()).isEmpty();
    }

    private List<String> labels() {
        return statements.queryForList("SELECT label FROM writes_probe", String.class);
    }

    private TransactionState transactionState() {
        try {
            return DataSourceUtils.getConnection(statements.getDataSource()).unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
