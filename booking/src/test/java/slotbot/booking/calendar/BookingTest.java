package slotbot.booking.calendar;

import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A booking's own transitions: only an active booking that has not started may move or be cancelled. */
class BookingTest {

    private static final Instant TEN = Instant.parse("2025-06-02T07:00:00Z");
    private static final Instant BEFORE = TEN.minus(Duration.ofDays(1));

    private final Booking booking = new Booking(4, 1, 101, "tg-1001", TEN, TEN.plus(Duration.ofMinutes(105)),
            List.of(new BookedService(844, "Стрижка", new BigDecimal("1500"), 60),
                    new BookedService(845, "Борода", new BigDecimal("990.50"), 45)),
            BookingStatus.ACTIVE, BEFORE, "tg-1001", 3);

    @Test
    void movingKeepsTheLengthTheEmployeeTheServicesAndTheVersion() {
        Instant three = TEN.plus(Duration.ofHours(5));

        Booking moved = booking.moveTo(three, BEFORE);

        assertThat(moved.start()).isEqualTo(three);
        assertThat(moved.end()).isEqualTo(three.plus(Duration.ofMinutes(105)));
        assertThat(moved.busy()).isEqualTo(moved.span());
        assertThat(moved).usingRecursiveComparison().ignoringFields("start", "end", "busy").isEqualTo(booking);
        assertThat(booking.start()).as("the original is a value, unchanged").isEqualTo(TEN);
    }

    @Test
    void movingShiftsTheBuffersWithTheVisit() {
        Booking buffered = new Booking(4, 1, 101, "tg-1001", TEN, TEN.plus(Duration.ofMinutes(60)), booking.services(),
                BookingStatus.ACTIVE, BEFORE, "tg-1001", 0,
                new TimeSpan(TEN.minus(Duration.ofMinutes(10)), TEN.plus(Duration.ofMinutes(75))));
        Instant three = TEN.plus(Duration.ofHours(5));

        Booking moved = buffered.moveTo(three, BEFORE);

        assertThat(moved.busy()).isEqualTo(new TimeSpan(three.minus(Duration.ofMinutes(10)), three.plus(Duration.ofMinutes(75))));
    }

    @Test
    void cancellingKeepsEverythingButTheStatus() {
        Booking cancelled = booking.cancel(BEFORE);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.isActive()).isFalse();
        assertThat(cancelled).usingRecursiveComparison().ignoringFields("status").isEqualTo(booking);
        assertThat(booking.isActive()).isTrue();
    }

    @Test
    void aCancelledBookingRefusesBothNamingItsState() {
        Booking cancelled = booking.cancel(BEFORE);

        assertThatThrownBy(() -> cancelled.cancel(BEFORE))
                .isInstanceOf(BookingNotActive.class)
                .hasMessage("booking 4 is already cancelled")
                .satisfies(e -> assertThat(((BookingNotActive) e).status()).isEqualTo(BookingStatus.CANCELLED));
        assertThatThrownBy(() -> cancelled.moveTo(TEN.plus(Duration.ofHours(1)), BEFORE))
                .isInstanceOf(BookingNotActive.class)
                .hasMessage("booking 4 is already cancelled");
    }

    @Test
    void fromItsStartOnItCanNeitherMoveNorBeCancelled() {
        assertThatThrownBy(() -> booking.cancel(TEN))
                .isInstanceOf(AlreadyStarted.class)
                .hasMessage("booking 4 has already started");
        assertThatThrownBy(() -> booking.moveTo(TEN.plus(Duration.ofDays(1)), TEN.plusSeconds(1)))
                .isInstanceOf(AlreadyStarted.class)
                .hasMessage("booking 4 has already started");
        assertThat(booking.cancel(TEN.minusSeconds(1)).isActive()).as("a second before is still in time").isFalse();
    }

    @Test
    void theStateIsCheckedBeforeTheTime() {
        Booking cancelled = booking.cancel(BEFORE);

        assertThatThrownBy(() -> cancelled.cancel(TEN.plus(Duration.ofDays(1)))).isInstanceOf(BookingNotActive.class);
    }

    @Test
    void aRefusalIsAnAnswerWithoutAStackTrace() {
        assertThatThrownBy(() -> booking.cancel(TEN))
                .isInstanceOf(BookingRefused.class)
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }
}
