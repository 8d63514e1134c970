package slotbot.app.dialog;

class TurnBoundsOnH2Test extends TurnBoundsContract {
}
