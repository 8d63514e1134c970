package slotbot.app.admin;

import slotbot.app.OnPostgres;

@OnPostgres
class LiveCalendarOnPostgresTest extends LiveCalendarContract {
}
