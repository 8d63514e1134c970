package slotbot.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one backoff keeps the pauses each of its users had before it. */
class BackoffTest {

    @Test
    void aBotApiCallPausesHalfASecondThenOneThenTwoAndThenGivesUp() {
        assertThat(pauses(Backoff.BOT_API_CALL, 4)).containsExactly(
                Optional.of(Duration.ofMillis(500)), Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(2)),
                Optional.empty());
    }

    @Test
    void aTelegramConnectPausesTwoSecondsDoublingUpToFiveMinutesForever() {
        assertThat(pauses(Backoff.TELEGRAM_CONNECT, 10)).extracting(Optional::orElseThrow).containsExactly(
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32),
                Duration.ofSeconds(64), Duration.ofSeconds(128), Duration.ofSeconds(256), Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(Backoff.TELEGRAM_CONNECT.after(Long.MAX_VALUE)).contains(Duration.ofMinutes(5));
    }

    @Test
    void theLongPollPausesHalfASecondUpToThirtySeconds() {
        assertThat(Backoff.TELEGRAM_POLL.after(1)).contains(Duration.ofMillis(500));
        assertThat(Backoff.TELEGRAM_POLL.after(100)).contains(Duration.ofSeconds(30));
    }

    @Test
    void noPauseComesBeforeAFailure() {
        assertThat(Backoff.TELEGRAM_CONNECT.after(0)).isEmpty();
    }

    @Test
    void theBoundsMustBeInOrderAndWithinAMillisecondAndADay() {
        assertThatThrownBy(() -> Backoff.unlimited(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.unlimited(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.unlimited(Duration.ofSeconds(1), Duration.ofDays(2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Backoff.unlimited(Duration.ofMillis(1), Duration.ofDays(1)).after(Long.MAX_VALUE)).contains(Duration.ofDays(1));
    }

    private static List<Optional<Duration>> pauses(Backoff backoff, int failures) {
        return LongStream.rangeClosed(1, failures).mapToObj(backoff::after).toList();
    }
}
