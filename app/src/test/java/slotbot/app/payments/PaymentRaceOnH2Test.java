package slotbot.app.payments;

class PaymentRaceOnH2Test extends PaymentRaceContract {
}
