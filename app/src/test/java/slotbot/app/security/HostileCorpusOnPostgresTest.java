package slotbot.app.security;

import slotbot.app.OnPostgres;

@OnPostgres
class HostileCorpusOnPostgresTest extends HostileCorpusContract {
}
