package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class DialogAdminOnPostgresTest extends DialogAdminContract {
}
