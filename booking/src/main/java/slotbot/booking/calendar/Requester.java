package slotbot.booking.calendar;

import java.util.Objects;

/**
 * On whose behalf a booking is changed or read: a client acts on their own bookings only; the
 * business (its admin API, or an integrator holding the API token without naming a client) on any.
 */
public sealed interface Requester {

    Requester OWNER = new Owner();

    static Requester client(String clientId) {
        return new Client(clientId);
    }

    boolean mayChange(Booking booking);

    boolean maySee(String clientId);

    /** Whether the branch's {@code cancel_notice} binds this requester: a client's, not the business's. */
    boolean boundByCancelNotice();

    /** The person in the chat. */
    record Client(String clientId) implements Requester {

        public Client {
            Objects.requireNonNull(clientId, "clientId");
        }

        @Override
        public boolean mayChange(Booking booking) {
            return booking.belongsTo(clientId);
        }

        @Override
        public boolean maySee(String client) {
            return clientId.equals(client);
        }

        @Override
        public boolean boundByCancelNotice() {
            return true;
        }
    }

    /** The business itself. */
    record Owner() implements Requester {

        @Override
        public boolean mayChange(Booking booking) {
            return true;
        }

        @Override
        public boolean maySee(String clientId) {
            return true;
        }

        @Override
        public boolean boundByCancelNotice() {
            return false;
        }
    }
}
