package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;
import slotbot.app.RawBookings;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnPostgres
class BookingRulesOnPostgresTest extends BookingRulesContract {

    /** Even SQL that skips the app cannot store two visits of one employee whose buffers overlap. */
    @Test
    void theDatabaseRefusesOverlappingBufferedSpansThatBypassTheApp() {
        RawBookings sql = new RawBookings(jdbc);
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        OffsetDateTime eleven = ten.plusHours(1);
        sql.insert(ten, eleven, "active", ten, eleven.plusMinutes(15));

        assertThatThrownBy(() -> sql.insert(eleven, eleven.plusHours(1), "active"))
                .as("the visits touch, but the first one's 15 minutes after overlap the second")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> sql.insert(eleven.plusMinutes(15), eleven.plusMinutes(75), "active"))
                .doesNotThrowAnyException();
    }
}
