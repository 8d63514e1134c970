package slotbot.app.dialog;

class DialogOrderOnH2Test extends DialogOrderContract {
}
