package slotbot.app.security;

import slotbot.app.OnPostgres;

@OnPostgres
class ApiAccessOnPostgresTest extends ApiAccessContract {
}
