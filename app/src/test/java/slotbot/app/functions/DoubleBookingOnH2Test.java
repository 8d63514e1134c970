package slotbot.app.functions;

class DoubleBookingOnH2Test extends DoubleBookingContract {
}
