package slotbot.app.dialog;

class SeedBotOnH2Test extends SeedBotContract {
}
