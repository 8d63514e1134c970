package slotbot.app.functions;

import slotbot.app.OnPostgres;

@OnPostgres
class FunctionApiOnPostgresTest extends FunctionApiContract {
}
