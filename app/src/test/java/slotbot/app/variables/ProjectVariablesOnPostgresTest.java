package slotbot.app.variables;

import slotbot.app.OnPostgres;

@OnPostgres
class ProjectVariablesOnPostgresTest extends ProjectVariablesContract {
}
