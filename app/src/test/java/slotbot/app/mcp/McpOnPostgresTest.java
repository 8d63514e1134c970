package slotbot.app.mcp;

import slotbot.app.OnPostgres;

@OnPostgres
class McpOnPostgresTest extends McpContract {
}
