package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.OnPostgres;
import slotbot.app.RawBookings;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnPostgres
class BookingStatusesOnPostgresTest extends BookingStatusesContract {

    /** A confirmed booking holds its busy span in the database too: the exclusion constraint covers it; a no-show does not. */
    @Test
    void theDatabaseRefusesAnOverlapWithAConfirmedBooking() {
        RawBookings sql = new RawBookings(jdbc);
        OffsetDateTime ten = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");
        sql.insert(ten, ten.plusHours(1), "confirmed", ten, ten.plusHours(1).plusMinutes(15));

        assertThatThrownBy(() -> sql.insert(ten.plusHours(1), ten.plusHours(2), "active"))
                .as("the confirmed booking's buffer after its end is held too")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("booking_no_overlap");
        assertThatCode(() -> sql.insert(ten.plusMinutes(30), ten.plusMinutes(90), "no_show"))
                .doesNotThrowAnyException();
    }
}
