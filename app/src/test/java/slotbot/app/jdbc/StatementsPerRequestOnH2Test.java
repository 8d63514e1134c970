package slotbot.app.jdbc;

class StatementsPerRequestOnH2Test extends StatementsPerRequestContract {

    // Before issue 14's round-trip work: 9, 8 and 25.
    @Override
    protected int createBookingBound() {
        return 9;
    }

    @Override
    protected int serviceButtonBound() {
        return 6;
    }

    @Override
    protected int bookingTurnBound() {
        // 16 statements, and the booking's savepoint, set and released: counted since the log sees them.
        return 18;
    }
}
