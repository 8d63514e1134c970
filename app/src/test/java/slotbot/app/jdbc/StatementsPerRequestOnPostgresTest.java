package slotbot.app.jdbc;

import slotbot.app.OnPostgres;

@OnPostgres
class StatementsPerRequestOnPostgresTest extends StatementsPerRequestContract {

    // Before issue 14's round-trip work: 6, 8 and 22. create_booking now sends the least a race-free booking
    // needs (lock, check-and-insert, commit), the lock and the check-and-insert in one round trip: the callback
    // outbox's rows are written by the insert's statement, and the contact its answer names comes back from it,
    // not from a read after the commit.
    @Override
    protected int createBookingBound() {
        return 2;
    }

    @Override
    protected int serviceButtonBound() {
        // The dialog locked with its client's contact; its state, funnel entries and messages in one statement that
        // also commits (was 3 with a COMMIT of its own).
        return 2;
    }

    @Override
    protected int bookingTurnBound() {
        // The booking's callback rows come with its insert (was 9 with their own statement); the dialog's timer rows and
        // the commit with the dialog's state (was 8); the employee's lock with the insert (was 6); db-scheduler's rows of
        // the timers with the dialog's state too (was 5).
        return 4;
    }
}
