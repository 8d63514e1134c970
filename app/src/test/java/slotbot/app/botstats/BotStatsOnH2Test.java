package slotbot.app.botstats;

class BotStatsOnH2Test extends BotStatsContract {
}
