package slotbot.app.dialog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.AppTestBase;
import slotbot.app.TestClock;
import slotbot.app.jdbc.DbTime;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingRequest;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.SlotTaken;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The callback rows a new booking leaves in the outbox for its client's dialogs, read inside a transaction that is
 * rolled back: nothing commits, so no delivery takes the rows away while they are counted. On PostgreSQL the
 * booking's own statement writes them, on H2 the callback outbox after it: the rows must be the same.
 */
public abstract class BookingCallbackRowsContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;

    @Autowired
    Bookings bookings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aBookingQueuesItsLineOnceForEachDialogOfItsClientAndATakenTimeQueuesNothing() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            dialog("beta", "cb-1");
            dialog("alpha", "cb-1");
            dialog("alpha", "cb-other");

            Booking booking = bookings.book(request("cb-1"));
            String line = "new_order_in_calendar: [" + booking.id() + "] Добавлена запись с 2030-03-05 10:00 до 2030-03-05 11:00"
                    + " на 60 минут. Объекту: Павел Тихонов";
            assertThat(rows()).containsExactly("alpha cb-1 " + line, "beta cb-1 " + line);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_outbox WHERE created_at = ?")
                    .param(DbTime.utc(TestClock.START)).query(Integer.class).single()).isEqualTo(2);

            assertThatThrownBy(() -> bookings.book(request("cb-1"))).isInstanceOf(SlotTaken.class);
            assertThat(rows()).hasSize(2);
        });
    }

    @Test
    void aClientWithoutDialogsIsBookedWithoutCallbackRows() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            dialog("alpha", "cb-other");

            bookings.book(request("cb-2"));

            assertThat(rows()).isEmpty();
        });
    }

    private static BookingRequest request(String client) {
        return new BookingRequest(BRANCH, List.of(844L), LocalDate.of(2030, 3, 5), LocalTime.of(10, 0), Optional.of(PAVEL), client);
    }

    private void dialog(String bot, String client) {
        jdbc.sql("INSERT INTO dialog (bot, client_id, visit, timer_epoch, variables, created_at, updated_at)"
                        + " VALUES (?, ?, 0, 0, '{}', ?, ?)")
                .params(bot, client, DbTime.utc(TestClock.START), DbTime.utc(TestClock.START))
                .update();
    }

    /** The outbox's rows for the booking's client, oldest first: bot, client and text. */
    private List<String> rows() {
        return jdbc.sql("SELECT bot, client_id, text FROM callback_outbox WHERE client_id LIKE 'cb-%' ORDER BY id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }
}
