package slotbot.app.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import slotbot.app.web.JsonBodies;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The servlet transport with the server's handler guarded, so that whatever a caller sends is answered as
 * JSON-RPC. The SDK (2.1.0) reads a request's params inside its handlers, where params that do not read
 * (none, or a text for an object) throw past its own error handling; the transport would then answer 500
 * with the exception's message. Here they answer "invalid params"; and an internal error the SDK reports
 * with an exception's message is logged and answered with a reference instead, as the function API does.
 */
final class GuardedTransport implements McpStatelessServerTransport {

    private static final Logger log = LoggerFactory.getLogger(GuardedTransport.class);

    private static final Map<String, String> EXAMPLES = Map.of(
            "tools/call", "{\"name\": \"get_companies_for_booking\", \"arguments\": {}}",
            "resources/read", "{\"uri\": \"" + BranchesResource.URI + "\"}",
            "prompts/get", "{\"name\": \"" + BookingPrompt.NAME + "\"}");

    private final HttpServletStatelessServerTransport servlet;

    GuardedTransport(HttpServletStatelessServerTransport servlet) {
        this.servlet = servlet;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        servlet.setMcpHandler(new McpStatelessServerHandler() {
            @Override
            public Mono<JSONRPCResponse> handleRequest(McpTransportContext context, JSONRPCRequest request) {
                return Mono.defer(() -> handler.handleRequest(context, request))
                        .onErrorResume(e -> Mono.just(invalidParams(request, e)))
                        .map(GuardedTransport::withoutInternals);
            }

            @Override
            public Mono<Void> handleNotification(McpTransportContext context, JSONRPCNotification notification) {
                return Mono.defer(() -> handler.handleNotification(context, notification)).onErrorResume(e -> {
                    log.debug("Ignored the notification {} that did not read: {}", notification.method(), e.toString());
                    return Mono.empty();
                });
            }
        });
    }

    private static JSONRPCResponse invalidParams(JSONRPCRequest request, Throwable e) {
        log.debug("The params of {} did not read: {}", request.method(), e.toString());
        String example = EXAMPLES.containsKey(request.method()) ? " such as " + EXAMPLES.get(request.method()) : "";
        return JSONRPCResponse.error(request.id(), new JSONRPCError(ErrorCodes.INVALID_PARAMS, "params: expected the params of "
                + request.method() + " as the Model Context Protocol defines them" + example + ", got "
                + JsonBodies.show(ProtocolJson.MAPPER.valueToTree(request.params()))));
    }

    private static JSONRPCResponse withoutInternals(JSONRPCResponse response) {
        JSONRPCError error = response.error();
        if (error == null || error.code() == null || error.code() != ErrorCodes.INTERNAL_ERROR) {
            return response;
        }
        String reference = UUID.randomUUID().toString();
        log.warn("MCP internal error, reference {}: {}", reference, error.message());
        return JSONRPCResponse.error(response.id(), new JSONRPCError(ErrorCodes.INTERNAL_ERROR,
                "internal error; the operator can find it in the log by reference " + reference));
    }

    @Override
    public Mono<Void> closeGracefully() {
        return servlet.closeGracefully();
    }

    @Override
    public void close() {
        servlet.close();
    }

    @Override
    public List<String> protocolVersions() {
        return servlet.protocolVersions();
    }
}
