package slotbot.app.functions;

import slotbot.app.OnPostgres;

@OnPostgres
class BookingFlowOnPostgresTest extends BookingFlowContract {
}
