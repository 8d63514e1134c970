package slotbot.app.reminders;

import slotbot.app.OnPostgres;

@OnPostgres
class ReminderOnPostgresTest extends ReminderContract {
}
