package slotbot.app.reminders;

class ReminderOnH2Test extends ReminderContract {
}
