package slotbot.booking.reminders;

import org.junit.jupiter.api.Test;
import slotbot.booking.catalog.QuietHours;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours as a branch writes them, and the night a moment falls in. */
class QuietHoursTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void readsFromAndToAndWritesThemPadded() {
        assertThat(QuietHours.parse(" 22:00 - 8:00 ")).contains(new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)));
        assertThat(QuietHours.parse("22:00-08:00").orElseThrow().text()).isEqualTo("22:00-08:00");
        assertThat(QuietHours.parse("13:00-15:30").orElseThrow().text()).isEqualTo("13:00-15:30");
    }

    @Test
    void refusesWhatIsNotTwoTimesOfDayOrAnEmptyNight() {
        assertThat(QuietHours.parse("22:00-22:00")).isEmpty();
        assertThat(QuietHours.parse("25:00-08:00")).isEmpty();
        assertThat(QuietHours.parse("22:00")).isEmpty();
        assertThat(QuietHours.parse("ночью")).isEmpty();
        assertThat(QuietHours.parse(null)).isEmpty();
    }

    @Test
    void aNightPassingMidnightHoldsTheMomentsOnBothSidesOfIt() {
        QuietHours night = QuietHours.parse("22:00-08:00").orElseThrow();

        assertThat(night.around(at("2030-03-04T23:30"), MOSCOW))
                .contains(new QuietHours.Night(at("2030-03-04T22:00"), at("2030-03-05T08:00")));
        assertThat(night.around(at("2030-03-05T03:00"), MOSCOW))
                .contains(new QuietHours.Night(at("2030-03-04T22:00"), at("2030-03-05T08:00")));
        assertThat(night.around(at("2030-03-05T22:00"), MOSCOW)).isPresent();
        assertThat(night.around(at("2030-03-05T08:00"), MOSCOW)).isEmpty();
        assertThat(night.around(at("2030-03-05T21:59"), MOSCOW)).isEmpty();
    }

    @Test
    void aQuietStretchWithinADayHoldsOnlyItsOwnHours() {
        QuietHours lunch = QuietHours.parse("13:00-15:00").orElseThrow();

        assertThat(lunch.around(at("2030-03-04T14:00"), MOSCOW))
                .contains(new QuietHours.Night(at("2030-03-04T13:00"), at("2030-03-04T15:00")));
        assertThat(lunch.around(at("2030-03-04T23:00"), MOSCOW)).isEmpty();
        assertThat(lunch.around(at("2030-03-04T03:00"), MOSCOW)).isEmpty();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }
}
