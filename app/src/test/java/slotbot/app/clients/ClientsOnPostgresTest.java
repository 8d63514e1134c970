package slotbot.app.clients;

import slotbot.app.OnPostgres;

@OnPostgres
class ClientsOnPostgresTest extends ClientsContract {
}
