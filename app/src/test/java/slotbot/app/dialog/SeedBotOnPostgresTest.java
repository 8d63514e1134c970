package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class SeedBotOnPostgresTest extends SeedBotContract {
}
