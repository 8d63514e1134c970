package slotbot.app.dialog;

import org.junit.jupiter.api.Test;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;
import slotbot.app.jdbc.DbTime;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A dialog's variables, rewritten by every turn, stay in the dialog's row compressed with lz4 (V34) instead of going
 * through pglz and the TOAST table on every turn.
 */
@OnPostgres
class DialogRowStorageOnPostgresTest extends AppTestBase {

    @Test
    void aDialogOfSomeKilobytesIsKeptInItsRowCompressedWithLz4() {
        assumeTrue(jdbc.sql("SELECT COUNT(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)")
                .query(Integer.class).single() == 1, "this PostgreSQL server is built without lz4");
        String variables = demoSizedVariables();
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        jdbc.sql("INSERT INTO dialog (bot, client_id, visit, timer_epoch, variables, created_at, updated_at) VALUES (?, ?, 0, 0, ?, ?, ?)")
                .params("storage-probe", "web-storage", variables, DbTime.utc(now), DbTime.utc(now)).update();

        assertThat(jdbc.sql("SELECT pg_column_compression(variables) FROM dialog WHERE bot = 'storage-probe'")
                .query(String.class).single()).isEqualTo("lz4");
        String toast = jdbc.sql("SELECT CAST(reltoastrelid AS regclass) FROM pg_class WHERE oid = CAST('dialog' AS regclass)")
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + toast).query(Integer.class).single())
                .as("chunks of dialog variables moved out of the row").isZero();
        assertThat(jdbc.sql("SELECT variables FROM dialog WHERE bot = 'storage-probe'").query(String.class).single())
                .isEqualTo(variables);
    }

    /** About the 8 kB of JSON a dialog of the demo bot carries after a few bookings, about as compressible (tokens, ids). */
    private static String demoSizedVariables() {
        Random random = new Random(14);
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(844 + i).append(",\"title\":\"Услуга ").append(844 + i)
                    .append("\",\"price\":1000,\"duration\":30,\"token\":\"").append(Long.toHexString(random.nextLong()))
                    .append("\"}");
        }
        return json.append("]}").toString();
    }
}
