package slotbot.app.jdbc;

import slotbot.app.OnPostgres;

@OnPostgres
class StatementsPerRequestOnPostgresTest extends StatementsPerRequestContract {

    // Before issue 14's round-trip work: 6, 8 and 22.
    @Override
    protected int createBookingBound() {
        return 6;
    }

    @Override
    protected int serviceButtonBound() {
        return 6;
    }

    @Override
    protected int bookingTurnBound() {
        return 13;
    }
}
