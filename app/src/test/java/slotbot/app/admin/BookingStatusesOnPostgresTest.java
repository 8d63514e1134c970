package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnPostgres
class BookingStatusesOnPostgresTest extends BookingStatusesContract {

    /** A confirmed booking holds its busy span in the database too: the exclusion constraint covers it; a no-show does not. */
    @Test
    void theDatabaseRefusesAnOverlapWithAConfirmedBooking() {
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('sql', now()) ON CONFLICT DO NOTHING").update();
        String insert = "INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,"
                + " version, busy_from, busy_to) VALUES (14275391, 463665, 'sql', ?, ?, ?, now(), 'sql', 0, ?, ?)";
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        jdbc.sql(insert).params(ten, ten.plusHours(1), "confirmed", ten, ten.plusHours(1).plusMinutes(15)).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(ten.plusHours(1), ten.plusHours(2), "active",
                        ten.plusHours(1), ten.plusHours(2)).update())
                .as("the confirmed booking's buffer after its end is held too")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> jdbc.sql(insert).params(ten.plusMinutes(30), ten.plusMinutes(90), "no_show",
                        ten.plusMinutes(30), ten.plusMinutes(90)).update())
                .doesNotThrowAnyException();
    }
}
