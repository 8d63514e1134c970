package slotbot.app.admin;

class BookingStatusesOnH2Test extends BookingStatusesContract {
}
