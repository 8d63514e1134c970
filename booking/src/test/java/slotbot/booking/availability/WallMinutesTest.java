package slotbot.booking.availability;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WallMinutesTest {

    /** Zones with clock changes of an hour, of half an hour, a whole day skipped, odd offsets, and none at all. */
    private static final List<String> ZONES = List.of("Europe/Moscow", "Europe/Berlin", "America/St_Johns",
            "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia", "UTC", "America/Sao_Paulo");

    @Test
    void answersTheWallClockMinuteAsZonedDateTimeDoesAcrossClockChangesInAnyOrder() {
        Random random = new Random(42);
        long from = ZonedDateTime.parse("2011-01-01T00:00Z").toEpochSecond();
        long to = ZonedDateTime.parse("2031-01-01T00:00Z").toEpochSecond();
        for (String name : ZONES) {
            ZoneId zone = ZoneId.of(name);
            WallMinutes wall = new WallMinutes(zone);
            for (int i = 0; i < 20_000; i++) {
                // Runs of nearby instants (as a day's candidates are), then a jump anywhere, back or forth.
                long start = from + (long) (random.nextDouble() * (to - from));
                for (int step = 0; step < 50; step++) {
                    long at = start + step * 7L * 60 + random.nextInt(60);
                    LocalTime expected = Instant.ofEpochSecond(at).atZone(zone).toLocalTime();
                    assertThat(wall.of(at)).as("%s at %s", name, Instant.ofEpochSecond(at))
                            .isEqualTo(expected.getHour() * 60 + expected.getMinute());
                }
            }
        }
    }

    @Test
    void theMinutesAroundAClockChangeAreTheWallClocks() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WallMinutes wall = new WallMinutes(berlin);
        long change = ZonedDateTime.parse("2026-03-29T01:00Z").toEpochSecond();
        assertThat(wall.of(change - 60)).as("01:59 winter time").isEqualTo(1 * 60 + 59);
        assertThat(wall.of(change)).as("03:00 summer time").isEqualTo(3 * 60);
        assertThat(wall.of(change - 60)).as("back again").isEqualTo(1 * 60 + 59);
    }
}
