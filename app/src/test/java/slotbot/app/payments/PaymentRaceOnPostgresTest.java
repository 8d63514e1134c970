package slotbot.app.payments;

import slotbot.app.OnPostgres;

@OnPostgres
class PaymentRaceOnPostgresTest extends PaymentRaceContract {
}
