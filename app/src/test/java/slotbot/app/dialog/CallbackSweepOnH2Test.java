package slotbot.app.dialog;

class CallbackSweepOnH2Test extends CallbackSweepContract {
}
