package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnPostgres
class BookingRulesOnPostgresTest extends BookingRulesContract {

    /** Even SQL that skips the app cannot store two visits of one employee whose buffers overlap. */
    @Test
    void theDatabaseRefusesOverlappingBufferedSpansThatBypassTheApp() {
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('sql', now()) ON CONFLICT DO NOTHING").update();
        String insert = "INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,"
                + " version, busy_from, busy_to) VALUES (14275391, 463665, 'sql', ?, ?, 'active', now(), 'sql', 0, ?, ?)";
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        OffsetDateTime eleven = ten.plusHours(1);
        jdbc.sql(insert).params(ten, eleven, ten, eleven.plusMinutes(15)).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(eleven, eleven.plusHours(1), eleven, eleven.plusHours(1)).update())
                .as("the visits touch, but the first one's 15 minutes after overlap the second")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> jdbc.sql(insert).params(eleven.plusMinutes(15), eleven.plusMinutes(75),
                eleven.plusMinutes(15), eleven.plusMinutes(75)).update())
                .doesNotThrowAnyException();
    }
}
