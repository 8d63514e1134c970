package slotbot.app.web;

import slotbot.app.OnPostgres;

@OnPostgres
class HostileInputOnPostgresTest extends HostileInputContract {
}
