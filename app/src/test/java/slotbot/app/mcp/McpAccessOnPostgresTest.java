package slotbot.app.mcp;

import slotbot.app.OnPostgres;

@OnPostgres
class McpAccessOnPostgresTest extends McpAccessContract {
}
