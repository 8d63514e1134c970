package slotbot.app.jdbc;

import slotbot.app.OnPostgres;

@OnPostgres
class StatementsPerRequestOnPostgresTest extends StatementsPerRequestContract {

    // Before issue 14's round-trip work: 6, 8 and 22. create_booking now sends the least a race-free booking
    // needs (lock, check-and-insert, commit) and the callback outbox's insert; the contact its answer names
    // comes back from the insert, not from a read after the commit.
    @Override
    protected int createBookingBound() {
        return 4;
    }

    @Override
    protected int serviceButtonBound() {
        // The dialog locked with its client's contact; its state, funnel entries and messages in one statement; commit.
        return 3;
    }

    @Override
    protected int bookingTurnBound() {
        return 9;
    }
}
