package slotbot.app.bots;

class BotAdminOnH2Test extends BotAdminContract {
}
