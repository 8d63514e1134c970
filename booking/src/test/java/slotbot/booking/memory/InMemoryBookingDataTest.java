package slotbot.booking.memory;

import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.calendar.SlotTaken;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory store keeps the database's last line of defence: no two active bookings of one employee overlap. */
class InMemoryBookingDataTest {

    private static final Instant NINE = Instant.parse("2025-06-02T06:00:00Z");

    private final InMemoryBookingData data = new InMemoryBookingData();

    @Test
    void anOverlappingInsertIsRefusedAndTheTransactionRolledBack() {
        data.add(booking(1, NINE, 60));

        assertThatThrownBy(() -> data.inTransaction(tx -> {
            tx.insert(booking(2, NINE.plusSeconds(3600), 30));
            return tx.insert(booking(1, NINE.plusSeconds(1800), 60));
        })).isInstanceOf(SlotTaken.class).hasMessageContaining("employee 1");

        assertThat(data.all()).singleElement().extracting(Booking::employeeId).isEqualTo(1L);
        Booking next = data.inTransaction(tx -> tx.insert(booking(2, NINE, 30)));
        assertThat(next.id()).as("the ids of a rolled back insert are given again").isEqualTo(2);
    }

    @Test
    void touchingBookingsAndOtherEmployeesDoNotOverlap() {
        data.add(booking(1, NINE, 60));

        data.inTransaction(tx -> tx.insert(booking(1, NINE.plusSeconds(3600), 60)));
        data.inTransaction(tx -> tx.insert(booking(2, NINE, 60)));

        assertThat(data.all()).hasSize(3);
    }

    @Test
    void aCancelledBookingFreesItsSpan() {
        Booking first = data.add(booking(1, NINE, 60));
        data.inTransaction(tx -> tx.changeStatus(first.id(), first.version(), BookingStatus.CANCELLED, NINE, null));

        data.inTransaction(tx -> tx.insert(booking(1, NINE, 60)));

        assertThat(data.all()).hasSize(2);
        assertThat(data.busy(List.of(1L, 9L), NINE, NINE.plusSeconds(7200))).containsOnlyKeys(1L, 9L);
    }

    @Test
    void aStaleVersionLosesTheRace() {
        Booking booking = data.add(booking(1, NINE, 60));
        data.inTransaction(tx -> tx.move(booking.id(), booking.version(), NINE.plusSeconds(3600), NINE.plusSeconds(7200),
                new TimeSpan(NINE.plusSeconds(3600), NINE.plusSeconds(7200))));

        Optional<Booking> stale = data.inTransaction(tx -> tx.changeStatus(booking.id(), booking.version(), BookingStatus.CANCELLED, NINE, null));

        assertThat(stale).isEmpty();
        assertThat(data.booking(booking.id()).orElseThrow().isActive()).isTrue();
    }

    private static NewBooking booking(long employee, Instant start, int minutes) {
        return new NewBooking(1, employee, "tg-1", start, start.plusSeconds(minutes * 60L),
                List.of(new BookedService(844, "Мужская стрижка", new BigDecimal("1500"), minutes)), NINE, "tg-1");
    }
}
