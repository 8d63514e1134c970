package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class TurnBoundsOnPostgresTest extends TurnBoundsContract {
}
