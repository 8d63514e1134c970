package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;
import slotbot.app.RawBookings;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

@OnPostgres
class DoubleBookingOnPostgresTest extends DoubleBookingContract {

    /** Even SQL that skips the app's lock cannot store two overlapping active bookings of one employee. */
    @Test
    void theDatabaseRefusesAnOverlapThatBypassesTheApp() {
        RawBookings sql = new RawBookings(jdbc);
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        sql.insert(ten, ten.plusHours(1), "active");

        assertThatThrownBy(() -> sql.insert(ten.plusMinutes(30), ten.plusMinutes(90), "active"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> sql.insert(ten.plusMinutes(30), ten.plusMinutes(90), "cancelled"))
                .doesNotThrowAnyException();
        assertThatCode(() -> sql.insert(ten.plusHours(1), ten.plusHours(2), "active"))
                .doesNotThrowAnyException();
    }
}
