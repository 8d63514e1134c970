package slotbot.app.demo;

import slotbot.app.OnPostgres;

@OnPostgres
class DemoBotWalkOnPostgresTest extends DemoBotWalkContract {
}
