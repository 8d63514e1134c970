package slotbot.app.calendar;

class BusyAndHeldOnH2Test extends BusyAndHeldContract {
}
