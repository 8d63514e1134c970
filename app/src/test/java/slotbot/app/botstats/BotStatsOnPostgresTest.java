package slotbot.app.botstats;

import slotbot.app.OnPostgres;

@OnPostgres
class BotStatsOnPostgresTest extends BotStatsContract {
}
