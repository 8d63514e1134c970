package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class BuilderBotOnPostgresTest extends BuilderBotContract {
}
