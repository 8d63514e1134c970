package slotbot.app.bots;

import slotbot.app.OnPostgres;

@OnPostgres
class BotAdminOnPostgresTest extends BotAdminContract {
}
