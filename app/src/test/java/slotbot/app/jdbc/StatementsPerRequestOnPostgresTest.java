package slotbot.app.jdbc;

import slotbot.app.OnPostgres;

@OnPostgres
class StatementsPerRequestOnPostgresTest extends StatementsPerRequestContract {

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
