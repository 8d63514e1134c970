package slotbot.app.mcp;

class McpOnH2Test extends McpContract {
}
