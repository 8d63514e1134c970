package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class StoredVariablesOnPostgresTest extends StoredVariablesContract {
}
