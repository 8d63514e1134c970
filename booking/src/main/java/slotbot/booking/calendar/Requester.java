package slotbot.booking.calendar;

import java.util.Objects;

/**
 * On whose behalf a booking is changed or read: a client acts on their own bookings only; the
 * business (its admin API, or an integrator holding the API token without naming a client) on any.
 */
public sealed interface Requester {

    Requester OWNER = new Owner();

    /**
     * The business at its own desk (the admin page): as {@link #OWNER}, and not bound by the branch's min_notice and
     * max_advance either, so a walk-in is booked for ten minutes from now. Never by the function API: its callers keep
     * the rules they were promised.
     */
    Requester DESK = new Desk();

    static Requester client(String clientId) {
        return new Client(clientId);
    }

    boolean mayChange(Booking booking);

    boolean maySee(String clientId);

    /** Whether the branch's {@code cancel_notice} binds this requester: a client's, not the business's. */
    boolean boundByCancelNotice();

    /** Whether the branch's {@code min_notice} and {@code max_advance} bind the starts this requester books or moves to. */
    default boolean boundByBookingWindow() {
        return true;
    }

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

    /** The business in person, through its admin page. */
    record Desk() implements Requester {

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

        @Override
        public boolean boundByBookingWindow() {
            return false;
        }
    }
}
