package slotbot.app.admin;

import slotbot.app.OnPostgres;

@OnPostgres
class AdminBookingsOnPostgresTest extends AdminBookingsContract {
}
