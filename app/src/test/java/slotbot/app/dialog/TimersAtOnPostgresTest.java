package slotbot.app.dialog;

import slotbot.app.OnPostgres;

@OnPostgres
class TimersAtOnPostgresTest extends TimersAtContract {
}
