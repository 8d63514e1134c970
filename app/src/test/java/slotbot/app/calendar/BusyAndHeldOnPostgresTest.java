package slotbot.app.calendar;

import slotbot.app.OnPostgres;

@OnPostgres
class BusyAndHeldOnPostgresTest extends BusyAndHeldContract {
}
