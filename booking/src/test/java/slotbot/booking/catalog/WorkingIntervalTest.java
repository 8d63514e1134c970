package slotbot.booking.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingIntervalTest {

    @Test
    void parsesHoursAndMinutes() {
        WorkingInterval interval = WorkingInterval.parse("09:00-18:30");

        assertThat(interval.startMinute()).isEqualTo(9 * 60);
        assertThat(interval.endMinute()).isEqualTo(18 * 60 + 30);
        assertThat(interval.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(interval.end()).isEqualTo(LocalTime.of(18, 30));
        assertThat(interval.lengthMinutes()).isEqualTo(570);
        assertThat(interval).hasToString("09:00-18:30");
    }

    @Test
    void toleratesOneDigitHoursAndSpaces() {
        assertThat(WorkingInterval.parse(" 9:00 - 13:00 ")).isEqualTo(new WorkingInterval(540, 780));
    }

    @Test
    void mayEndAt24() {
        WorkingInterval late = WorkingInterval.parse("20:00-24:00");

        assertThat(late.endMinute()).isEqualTo(24 * 60);
        assertThat(late.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(late).hasToString("20:00-24:00");
        assertThat(WorkingInterval.parse("00:00-24:00").lengthMinutes()).isEqualTo(24 * 60);
        assertThat(WorkingInterval.of(LocalTime.of(20, 0), LocalTime.MIDNIGHT)).isEqualTo(late);
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:00", "9-18", "09.00-18.00", "09:00–18:00", "nine to six", "", "09:00-18:00-20:00"})
    void refusesOtherShapesSayingWhatItExpected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse(text))
                .withMessageContaining("HH:mm-HH:mm")
                .withMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @NullSource
    void refusesNothing(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse(text)).withMessageContaining("HH:mm-HH:mm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00-26:00", "09:60-10:00", "23:00-24:30", "24:00-24:00"})
    void refusesTimesOutsideTheDay(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse(text))
                .withMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18:00-09:00", "10:00-10:00"})
    void refusesAnEndThatIsNotAfterTheStart(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse(text))
                .withMessageContaining("end after it starts")
                .withMessageContaining(text);
    }

    @Test
    void theConstructorGuardsToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingInterval(-1, 60));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingInterval(0, 24 * 60 + 1));
    }
}
