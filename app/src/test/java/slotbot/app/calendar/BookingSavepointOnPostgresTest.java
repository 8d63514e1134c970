package slotbot.app.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.AppTestBase;
import slotbot.app.OnPostgres;
import slotbot.app.jdbc.DbTime;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.calendar.SlotTaken;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking made inside a transaction already open (a chat turn's) starts from a savepoint of its own that goes with
 * its first statement: a refused booking takes back only its own statements, and the open transaction goes on and
 * commits what it wrote before and after.
 */
@OnPostgres
class BookingSavepointOnPostgresTest extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final Instant TEN = Instant.parse("2030-03-05T07:00:00Z"); // 05.03.2030 10:00 in Moscow

    @Autowired
    JdbcBookingData data;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBookingThatSucceedsCommitsWithTheTransactionAroundIt() {
        Optional<Booking> booked = transactions.execute(status -> {
            marker("before");
            Optional<Booking> booking = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN)));
            marker("after");
            return booking;
        });

        assertThat(booked).isPresent();
        assertThat(markers()).containsExactlyInAnyOrder("before", "after");
        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void workRefusedAfterItsStatementsTakesBackOnlyItsOwn() {
        transactions.executeWithoutResult(status -> {
            marker("before");
            assertThatThrownBy(() -> data.inTransaction(tx -> {
                tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN));
                throw new SlotTaken("refused after the insert, as a listener might", null);
            })).isInstanceOf(SlotTaken.class);
            marker("after");
        });

        assertThat(markers()).containsExactlyInAnyOrder("before", "after");
        assertThat(bookings()).isZero();
    }

    @Test
    void aStatementTheDatabaseRefusesLeavesTheTransactionAroundItUsable() {
        transactions.executeWithoutResult(status -> {
            marker("before");
            // No such branch: the booking's foreign key refuses it, which aborts all since the savepoint.
            assertThatThrownBy(() -> data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(999_999, TEN))))
                    .isInstanceOf(DataIntegrityViolationException.class);
            marker("after");
            Optional<Booking> again = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN)));
            assertThat(again).isPresent();
        });

        assertThat(markers()).containsExactlyInAnyOrder("before", "after");
        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void workInsideWorkThatIsRefusedTakesBackBothAndNothingElse() {
        transactions.executeWithoutResult(status -> {
            marker("before");
            assertThatThrownBy(() -> data.inTransaction(outer -> {
                outer.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN));
                Optional<Booking> inner = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN.plusSeconds(7200))));
                assertThat(inner).isPresent();
                throw new SlotTaken("the outer work refused after the inner one booked", null);
            })).isInstanceOf(SlotTaken.class);
            marker("after");
        });

        assertThat(markers()).containsExactlyInAnyOrder("before", "after");
        assertThat(bookings()).as("both the outer and the inner work's bookings taken back").isZero();
    }

    @Test
    void aTurnThatBooksManyTimesHoldsOneSavepointOfTheirs() {
        transactions.executeWithoutResult(status -> {
            for (int hour = 0; hour < 3; hour++) {
                Instant start = TEN.plusSeconds(hour * 3600L);
                Optional<Booking> booked = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, start)));
                assertThat(booked).isPresent();
            }
            jdbc.sql("RELEASE SAVEPOINT slotbot_booking").update();
            // Each booking released the one before it as it set its own: the last one was the only one left.
            assertThatThrownBy(() -> jdbc.sql("RELEASE SAVEPOINT slotbot_booking").update())
                    .hasMessageContaining("savepoint \"slotbot_booking\" does not exist");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            // A new transaction starts with none left over from the last one's bookings.
            Optional<Booking> booked = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN)));
            assertThat(booked).isPresent();
        });

        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void withoutATransactionAroundItTheWorkHasItsOwn() {
        assertThatThrownBy(() -> data.inTransaction(tx -> {
            tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN));
            throw new SlotTaken("refused after the insert", null);
        })).isInstanceOf(SlotTaken.class);
        Optional<Booking> later = data.inTransaction(tx -> tx.lockAndInsertIfFreeAndUnheld(booking(BRANCH, TEN.plusSeconds(7200))));
        assertThat(later).isPresent();

        assertThat(bookings()).isEqualTo(1);
    }

    private static NewBooking booking(long branch, Instant start) {
        Instant end = start.plusSeconds(3600);
        return new NewBooking(branch, PAVEL, "savepoint-client", start, end,
                List.of(new BookedService(844, "Мужская стрижка", new BigDecimal("1500"), 60)), TEN.minusSeconds(86_400),
                "savepoint-client", new TimeSpan(start, end), null);
    }

    private void marker(String name) {
        jdbc.sql("INSERT INTO client (id, created_at) VALUES (?, ?)").params("marker-" + name, DbTime.utc(clock.instant())).update();
    }

    private List<String> markers() {
        return jdbc.sql("SELECT SUBSTRING(id FROM 8) FROM client WHERE id LIKE 'marker-%'").query(String.class).list();
    }

    private int bookings() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE client_id = 'savepoint-client'").query(Integer.class).single();
    }
}
