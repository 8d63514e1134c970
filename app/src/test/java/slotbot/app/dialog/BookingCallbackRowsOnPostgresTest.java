package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class BookingCallbackRowsOnPostgresTest extends BookingCallbackRowsContract {
}
