package slotbot.app.functions;

class BookingFlowOnH2Test extends BookingFlowContract {
}
