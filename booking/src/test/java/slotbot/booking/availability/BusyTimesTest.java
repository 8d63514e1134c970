package slotbot.booking.availability;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BusyTimesTest {

    private static final Instant T = Instant.parse("2025-06-02T06:00:00Z");

    @Test
    void nothingBookedIsAlwaysFree() {
        assertThat(BusyTimes.of(List.of())).isSameAs(BusyTimes.NONE);
        assertThat(BusyTimes.NONE.isFree(0, Long.MAX_VALUE)).isTrue();
        assertThat(BusyTimes.NONE.isEmpty()).isTrue();
    }

    @Test
    void spansAreHalfOpen() {
        BusyTimes busy = BusyTimes.of(List.of(span(60, 120)));

        assertThat(busy.isFree(at(0), at(60))).isTrue();
        assertThat(busy.isFree(at(120), at(180))).isTrue();
        assertThat(busy.isFree(at(0), at(61))).isFalse();
        assertThat(busy.isFree(at(119), at(180))).isFalse();
        assertThat(busy.isFree(at(70), at(80))).isFalse();
        assertThat(busy.isFree(at(0), at(300))).isFalse();
    }

    @Test
    void overlappingAndTouchingSpansInAnyOrderAreMerged() {
        BusyTimes busy = BusyTimes.of(List.of(span(300, 360), span(60, 120), span(90, 150), span(150, 200), span(100, 110)));

        assertThat(busy.isFree(at(0), at(60))).isTrue();
        assertThat(busy.isFree(at(200), at(300))).isTrue();
        assertThat(busy.isFree(at(360), at(400))).isTrue();
        for (int minute = 60; minute < 200; minute += 10) {
            assertThat(busy.isFree(at(minute), at(minute + 1))).as("minute %d", minute).isFalse();
        }
        assertThat(busy.isFree(at(199), at(300))).isFalse();
        assertThat(busy.isFree(at(200), at(301))).isFalse();
    }

    @Test
    void aSpanInsideALongerOneKeepsTheLongerEnd() {
        BusyTimes busy = BusyTimes.of(List.of(span(0, 600), span(10, 20), span(30, 40)));

        assertThat(busy.isFree(at(100), at(110))).isFalse();
        assertThat(busy.isFree(at(600), at(610))).isTrue();
    }

    @Test
    void theBuilderTakesSpansInAnyOrderOverlappingOrNestedAndKeepsTheirUnion() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            boolean[] taken = new boolean[240];
            BusyTimes.Builder builder = BusyTimes.builder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int from = random.nextInt(230);
                int to = from + 1 + random.nextInt(Math.min(60, 240 - from));
                builder.add(at(from), at(to));
                Arrays.fill(taken, from, to, true);
            }
            BusyTimes busy = builder.build();
            for (int minute = 0; minute < 240; minute++) {
                assertThat(busy.isFree(at(minute), at(minute + 1))).as("round %d, minute %d", round, minute).isEqualTo(!taken[minute]);
            }
        }
        assertThat(BusyTimes.builder().build()).isSameAs(BusyTimes.NONE);
    }

    private static TimeSpan span(int fromMinute, int toMinute) {
        return new TimeSpan(T.plusSeconds(fromMinute * 60L), T.plusSeconds(toMinute * 60L));
    }

    private static long at(int minute) {
        return T.getEpochSecond() + minute * 60L;
    }
}
