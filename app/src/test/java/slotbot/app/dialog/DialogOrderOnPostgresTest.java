package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class DialogOrderOnPostgresTest extends DialogOrderContract {
}
