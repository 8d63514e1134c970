package slotbot.app.functions;

class FunctionApiOnH2Test extends FunctionApiContract {
}
