package slotbot.app.jdbc;

class StatementsPerRequestOnH2Test extends StatementsPerRequestContract {

    @Override
    protected int createBookingBound() {
        return 1000;
    }

    @Override
    protected int serviceButtonBound() {
        return 1000;
    }

    @Override
    protected int bookingTurnBound() {
        return 1000;
    }
}
