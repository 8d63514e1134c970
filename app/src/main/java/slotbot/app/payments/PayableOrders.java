package slotbot.app.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which orders a conversation may pay: its client's own bookings that hold their time (active, confirmed), while it talks to that bot. */
@Component
class PayableOrders {

    private final JdbcClient jdbc;

    PayableOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean payable(String bot, String client, long order) {
        boolean own = jdbc.sql("SELECT COUNT(*) FROM booking WHERE id = ? AND client_id = ? AND status IN ('active', 'confirmed')")
                .params(order, client).query(Integer.class).single() > 0;
        return own && jdbc.sql("SELECT COUNT(*) FROM dialog WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(Integer.class).single() > 0;
    }
}
