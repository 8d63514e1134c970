package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

@OnPostgres
class DoubleBookingOnPostgresTest extends DoubleBookingContract {

    /** Even SQL that skips the app's lock cannot store two overlapping active bookings of one employee. */
    @Test
    void theDatabaseRefusesAnOverlapThatBypassesTheApp() {
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('sql', now()) ON CONFLICT DO NOTHING").update();
        String insert = "INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,"
                + " version, busy_from, busy_to) VALUES (14275391, 463665, 'sql', ?, ?, ?, now(), 'sql', 0, ?, ?)";
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        jdbc.sql(insert).params(ten, ten.plusHours(1), "active", ten, ten.plusHours(1)).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(ten.plusMinutes(30), ten.plusMinutes(90), "active",
                ten.plusMinutes(30), ten.plusMinutes(90)).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> jdbc.sql(insert).params(ten.plusMinutes(30), ten.plusMinutes(90), "cancelled",
                ten.plusMinutes(30), ten.plusMinutes(90)).update())
                .doesNotThrowAnyException();
        assertThatCode(() -> jdbc.sql(insert).params(ten.plusHours(1), ten.plusHours(2), "active",
                ten.plusHours(1), ten.plusHours(2)).update())
                .doesNotThrowAnyException();
    }
}
