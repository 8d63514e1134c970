package slotbot.app.admin;

class AdminBookingsOnH2Test extends AdminBookingsContract {
}
