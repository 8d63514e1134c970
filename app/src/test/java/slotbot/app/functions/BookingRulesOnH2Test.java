package slotbot.app.functions;

class BookingRulesOnH2Test extends BookingRulesContract {
}
