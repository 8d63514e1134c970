package slotbot.app.calendar;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * V13 (booking statuses) over a calendar written before it: the rows of the two old statuses stay as they were,
 * and the new statuses and columns can be written beside them.
 */
abstract class StatusMigrationContract {

    /** The last migration of the calendar as it was before statuses (and before clients and booking rules). */
    private static final String BEFORE = "10";
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");

    /** A database of its own, empty, and the vendor folder of its migrations. */
    abstract DataSource database();

    abstract String vendor();

    @Test
    void oldRowsKeepTheirStatusAndNewStatusesFitBesideThem() {
        DataSource database = database();
        migrate(database, BEFORE);
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("INSERT INTO company (id, name, address, online_booking, timezone, active)"
                + " VALUES (1, 'Студия', 'ул. Ленина, 1', TRUE, 'Europe/Moscow', TRUE)").update();
        jdbc.sql("INSERT INTO employee (id, company_id, name, information, active) VALUES (2, 1, 'Павел', '', TRUE)").update();
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('tg-1', ?)").param(TEN).update();
        bookBefore(jdbc, 10, 0, "active");
        bookBefore(jdbc, 11, 0, "cancelled");
        jdbc.sql("INSERT INTO webhook_outbox (booking_id, event, payload, attempts, next_attempt_at, created_at)"
                + " VALUES (10, 'booking.created', '{}', 0, ?, ?)").params(TEN, TEN).update();

        migrate(database, "latest");

        assertThat(jdbc.sql("SELECT status FROM booking ORDER BY id").query(String.class).list())
                .containsExactly("active", "cancelled");
        assertThat(jdbc.sql("SELECT event FROM webhook_outbox").query(String.class).single()).isEqualTo("booking.created");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE busy_from = starts_at AND busy_to = ends_at")
                .query(Integer.class).single()).as("V12's busy spans").isEqualTo(2);
        assertThatCode(() -> {
            book(jdbc, 12, 2, "confirmed");
            book(jdbc, 13, 4, "no_show");
            book(jdbc, 14, 6, "completed");
            jdbc.sql("UPDATE booking SET cancelled_by = 'owner', cancel_reason = 'ill' WHERE id = 11").update();
        }).doesNotThrowAnyException();
        assertThatCode(() -> book(jdbc, 15, 8, "done")).isInstanceOf(Exception.class);
    }

    /** A booking as the calendar stored it before statuses (and before busy spans). */
    private static void bookBefore(JdbcClient jdbc, long id, int hour, String status) {
        jdbc.sql("INSERT INTO booking (id, company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by, version)"
                        + " VALUES (?, 1, 2, 'tg-1', ?, ?, ?, ?, 'tg-1', 0)")
                .params(id, TEN.plusHours(hour), TEN.plusHours(hour + 1), status, TEN)
                .update();
    }

    private static void book(JdbcClient jdbc, long id, int hour, String status) {
        jdbc.sql("INSERT INTO booking (id, company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,"
                        + " version, busy_from, busy_to) VALUES (?, 1, 2, 'tg-1', ?, ?, ?, ?, 'tg-1', 0, ?, ?)")
                .params(id, TEN.plusHours(hour), TEN.plusHours(hour + 1), status, TEN, TEN.plusHours(hour), TEN.plusHours(hour + 1))
                .update();
    }

    private void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .target(target)
                .load()
                .migrate();
    }

    /** One connection kept open throughout, as the app's pool keeps its own: an in-memory H2 lives with it. */
    static DataSource h2(String name) {
        return new SingleConnectionDataSource("jdbc:h2:mem:" + name, true);
    }
}
