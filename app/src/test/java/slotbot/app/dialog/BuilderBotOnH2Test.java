package slotbot.app.dialog;

class BuilderBotOnH2Test extends BuilderBotContract {
}
