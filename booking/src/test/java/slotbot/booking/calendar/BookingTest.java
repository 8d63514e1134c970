package slotbot.booking.calendar;

import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking's own transitions: only a booking that holds its time (active, confirmed) and has not started may
 * move, be cancelled or (when active) be confirmed; a no-show is marked from the start on; a past end reads as
 * completed. Each refusal names the state the booking is in.
 */
class BookingTest {

    private static final Instant TEN = Instant.parse("2025-06-02T07:00:00Z");
    private static final Instant BEFORE = TEN.minus(Duration.ofDays(1));
    private static final Instant END = TEN.plus(Duration.ofMinutes(105));

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
    void aStatusChangeKeepsTheBuffers() {
        TimeSpan busy = new TimeSpan(TEN.minus(Duration.ofMinutes(10)), TEN.plus(Duration.ofMinutes(75)));
        Booking buffered = new Booking(4, 1, 101, "tg-1001", TEN, TEN.plus(Duration.ofMinutes(60)), booking.services(),
                BookingStatus.ACTIVE, BEFORE, "tg-1001", 0, busy);

        assertThat(buffered.confirm(BEFORE).busy()).isEqualTo(busy);
        assertThat(buffered.markNoShow(TEN).busy()).isEqualTo(busy);
        assertThat(buffered.asOf(TEN.plus(Duration.ofHours(2))).busy()).isEqualTo(busy);
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
                .hasMessage("booking 4 is cancelled; it cannot be moved");
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

    @Test
    void confirmingKeepsEverythingButTheStatusAndTheTimeStaysHeld() {
        Booking confirmed = booking.confirm(BEFORE);

        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.holdsTime()).isTrue();
        assertThat(confirmed).usingRecursiveComparison().ignoringFields("status").isEqualTo(booking);
    }

    @Test
    void aConfirmedBookingMayStillMoveAndBeCancelledAndAMoveMakesItActiveAgain() {
        Booking confirmed = booking.confirm(BEFORE);

        assertThat(confirmed.moveTo(TEN.plus(Duration.ofHours(5)), BEFORE).status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(confirmed.cancel(BEFORE).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void confirmingIsRefusedNamingTheStateOrTheTime() {
        assertNotActive(() -> booking.confirm(BEFORE).confirm(BEFORE), "booking 4 is already confirmed");
        assertNotActive(() -> booking.cancel(BEFORE).confirm(BEFORE), "booking 4 is cancelled; it cannot be confirmed");
        assertNotActive(() -> booking.markNoShow(TEN).confirm(TEN), "booking 4 is no_show; it cannot be confirmed");
        assertNotActive(() -> booking.confirm(END), "booking 4 is completed; it cannot be confirmed");
        assertThatThrownBy(() -> booking.confirm(TEN)).isInstanceOf(AlreadyStarted.class)
                .hasMessage("booking 4 has already started");
    }

    @Test
    void aNoShowIsMarkedFromTheStartOnAlsoAfterTheEndAndThenHoldsNoTime() {
        assertThat(booking.markNoShow(TEN).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.confirm(BEFORE).markNoShow(END.plus(Duration.ofDays(1))).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.markNoShow(TEN).holdsTime()).isFalse();
    }

    @Test
    void aNoShowIsRefusedBeforeTheStartAndForACancelledOrMarkedBooking() {
        assertThatThrownBy(() -> booking.markNoShow(TEN.minusSeconds(1))).isInstanceOf(NotStartedYet.class)
                .hasMessage("booking 4 has not started yet; it cannot be marked a no-show");
        assertNotActive(() -> booking.cancel(BEFORE).markNoShow(TEN), "booking 4 is cancelled; it cannot be marked a no-show");
        assertNotActive(() -> booking.markNoShow(TEN).markNoShow(TEN), "booking 4 is already no_show");
    }

    @Test
    void itReadsAsCompletedOnceItsEndHasPassedWhileItHoldsItsTime() {
        assertThat(booking.asOf(END.minusSeconds(1)).status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(booking.asOf(END).status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.confirm(BEFORE).asOf(END).status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.cancel(BEFORE).asOf(END).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.markNoShow(TEN).asOf(END).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.complete(END).status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void aCompletedBookingCanNeitherMoveNorBeCancelledAndNothingCompletesEarly() {
        assertNotActive(() -> booking.moveTo(END.plus(Duration.ofDays(1)), END), "booking 4 is completed; it cannot be moved");
        assertNotActive(() -> booking.cancel(END), "booking 4 is completed; it cannot be cancelled");
        assertNotActive(() -> booking.complete(TEN), "booking 4 is active; it cannot be completed before its end");
        assertNotActive(() -> booking.cancel(BEFORE).complete(END), "booking 4 is cancelled; it cannot be completed before its end");
    }

    private static void assertNotActive(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String message) {
        assertThatThrownBy(change).isInstanceOf(BookingNotActive.class).hasMessage(message);
    }
}
