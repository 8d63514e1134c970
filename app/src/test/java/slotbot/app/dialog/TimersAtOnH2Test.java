package slotbot.app.dialog;

class TimersAtOnH2Test extends TimersAtContract {
}
