package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class CallbackSweepOnPostgresTest extends CallbackSweepContract {
}
