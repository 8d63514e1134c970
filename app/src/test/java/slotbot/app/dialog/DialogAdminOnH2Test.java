package slotbot.app.dialog;

class DialogAdminOnH2Test extends DialogAdminContract {
}
