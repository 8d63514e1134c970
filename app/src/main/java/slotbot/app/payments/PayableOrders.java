package slotbot.app.payments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.errors.Conflict;
import slotbot.app.errors.NotFound;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Which orders a conversation may pay (its client's own bookings that hold their time, active or
 * confirmed, while it talks to that bot), and the payments made: the table demo_payment holds one row per paid booking.
 *
 * <p>A payment and the unpaid-booking timer's cancel ({@link UnpaidBookings}) each lock the booking's row before they
 * look: whichever comes second sees what the first did, so a booking is never both paid and cancelled.
 */
@Component
class PayableOrders {

    private static final Set<String> HOLDS_TIME = Set.of("active", "confirmed");

    private final JdbcClient jdbc;
    private final Clock clock;

    PayableOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the payment, or refuses an order that is not payable, already cancelled or already paid; runs in the
     * caller's transaction, which holds the booking's row locked until it ends.
     */
    void pay(String bot, String client, long order) {
        Optional<String> status = lockedStatus(order, client);
        if (status.isEmpty() || !hasDialog(bot, client)) {
            throw new NotFound("no booking " + order + " of this conversation");
        }
        if (status.get().equals("cancelled")) {
            throw new Conflict("order " + order + " is already cancelled");
        }
        if (!HOLDS_TIME.contains(status.get())) {
            throw new NotFound("no active booking " + order + " of this conversation");
        }
        try {
            jdbc.sql("INSERT INTO demo_payment (booking_id, bot, client_id, paid_at) VALUES (?, ?, ?, ?)")
                    .params(order, bot, client, utc(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("order " + order + " is already paid");
        }
    }

    /**
     * Whether the booking was paid, with its row locked for the rest of the caller's transaction (the dialog's turn),
     * so that no payment lands between this answer and what the caller does with it. False for an unknown booking.
     */
    boolean paidAndLocked(long order) {
        // The employee's row first, as every move and cancel takes it before the booking's: the same order of locks
        // everywhere, so the timer's cancel cannot deadlock with an owner's move of the same booking.
        Optional<Long> employee = jdbc.sql("SELECT employee_id FROM booking WHERE id = ?").param(order).query(Long.class)
                .optional();
        if (employee.isEmpty()) {
            return false;
        }
        jdbc.sql("SELECT id FROM employee WHERE id = ? FOR UPDATE").param(employee.get()).query(Long.class).optional();
        boolean exists = jdbc.sql("SELECT id FROM booking WHERE id = ? FOR UPDATE").param(order).query(Long.class).optional()
                .isPresent();
        return exists && jdbc.sql("SELECT COUNT(*) FROM demo_payment WHERE booking_id = ?").param(order)
                .query(Integer.class).single() > 0;
    }

    /** The status of the client's booking, its row locked: a cancel running now is waited for, and seen. */
    private Optional<String> lockedStatus(long order, String client) {
        return jdbc.sql("SELECT status FROM booking WHERE id = ? AND client_id = ? FOR UPDATE").params(order, client)
                .query(String.class).optional();
    }

    private boolean hasDialog(String bot, String client) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(Integer.class).single() > 0;
    }
}
