package slotbot.app.studio;

import slotbot.app.OnPostgres;

@OnPostgres
class SandboxOnPostgresTest extends SandboxContract {
}
