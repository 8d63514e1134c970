package slotbot.app.payments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.errors.Conflict;
import slotbot.app.errors.NotFound;

import java.time.Clock;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Which orders a conversation may pay (its client's own bookings that hold their time, active or
 * confirmed, while it talks to that bot), and the payments made: the table demo_payment holds one row per paid booking.
 */
@Component
class PayableOrders {

    private final JdbcClient jdbc;
    private final Clock clock;

    PayableOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the payment, or refuses an order that is not payable or already paid; runs in the caller's transaction. */
    void pay(String bot, String client, long order) {
        if (!payable(bot, client, order)) {
            throw new NotFound("no active booking " + order + " of this conversation");
        }
        try {
            jdbc.sql("INSERT INTO demo_payment (booking_id, bot, client_id, paid_at) VALUES (?, ?, ?, ?)")
                    .params(order, bot, client, utc(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("order " + order + " is already paid");
        }
    }

    private boolean payable(String bot, String client, long order) {
        boolean own = jdbc.sql("SELECT COUNT(*) FROM booking WHERE id = ? AND client_id = ? AND status IN ('active', 'confirmed')")
                .params(order, client).query(Integer.class).single() > 0;
        return own && jdbc.sql("SELECT COUNT(*) FROM dialog WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(Integer.class).single() > 0;
    }
}
