package slotbot.app.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of the protocol itself (not of the tools' answers). Decimals are read as BigDecimal, so a tool's
 * numbers arrive as the function API reads them (1e400 is a number its message can name). And an
 * {@link McpError} is written as a JSON-RPC error response: the SDK's servlet transport (2.1.0) hands the
 * exception itself to the mapper on its error paths (a body that is not JSON-RPC, a wrong Accept), which
 * would send its stack trace (modelcontextprotocol/java-sdk#955).
 */
final class ProtocolJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule("slotbot-mcp-errors").addSerializer(McpError.class, new ErrorResponse()))
            .build();

    private ProtocolJson() {
    }

    static McpJsonMapper mcp() {
        return new JacksonMcpJsonMapper(MAPPER);
    }

    /** {"jsonrpc": "2.0", "id": null, "error": {"code": ..., "message": ...}}: the request's id is unknown where these are written. */
    private static final class ErrorResponse extends ValueSerializer<McpError> {

        @Override
        public void serialize(McpError value, JsonGenerator json, SerializationContext context) {
            JSONRPCError error = value.getJsonRpcError();
            json.writeStartObject();
            json.writeStringProperty("jsonrpc", "2.0");
            json.writeNullProperty("id");
            json.writeObjectPropertyStart("error");
            json.writeNumberProperty("code", error == null || error.code() == null ? -32603 : error.code());
            json.writeStringProperty("message", error == null ? "internal error" : error.message());
            json.writeEndObject();
            json.writeEndObject();
        }
    }
}
