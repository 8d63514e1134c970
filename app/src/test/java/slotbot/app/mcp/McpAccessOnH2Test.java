package slotbot.app.mcp;

class McpAccessOnH2Test extends McpAccessContract {
}
