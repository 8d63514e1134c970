package slotbot.app.dialog;

class StoredVariablesOnH2Test extends StoredVariablesContract {
}
