package slotbot.app.dialog;

class BookingCallbackRowsOnH2Test extends BookingCallbackRowsContract {
}
