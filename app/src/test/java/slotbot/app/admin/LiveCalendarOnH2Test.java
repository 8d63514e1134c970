package slotbot.app.admin;

class LiveCalendarOnH2Test extends LiveCalendarContract {
}
