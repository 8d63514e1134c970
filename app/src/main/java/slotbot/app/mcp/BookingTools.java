package slotbot.app.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import slotbot.app.functions.FunctionCalls;
import slotbot.app.functions.FunctionDocs;
import slotbot.app.functions.FunctionDocs.Client;
import slotbot.app.functions.FunctionDocs.Entry;
import slotbot.app.web.ErrorAnswers;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * One MCP tool per booking function, by the function's name, read off the function table: a function added
 * there is a tool at the next start. A call runs the function API's own path ({@link FunctionCalls}) and
 * answers its JSON, written as the function API writes it, as the tool's text; a call the function API
 * would answer 4xx (a malformed argument) is a tool error, a refusal of the domain (the time is taken) is not.
 */
final class BookingTools {

    private final BookingFunctions functions;
    private final FunctionCalls calls;
    private final FunctionDocs docs;
    private final ObjectMapper arguments;
    private final ObjectMapper answers;

    /**
     * @param arguments the mapper the tool calls' arguments were read with (decimals as BigDecimal, as the function API reads them)
     * @param answers   the mapper the function API writes its answers with
     */
    BookingTools(BookingFunctions functions, FunctionCalls calls, FunctionDocs docs, ObjectMapper arguments, ObjectMapper answers) {
        this.functions = functions;
        this.calls = calls;
        this.docs = docs;
        this.arguments = arguments;
        this.answers = answers;
    }

    List<SyncToolSpecification> specifications() {
        return functions.names().stream().map(this::specification).toList();
    }

    private SyncToolSpecification specification(String name) {
        Entry entry = docs.function(name).orElseGet(() -> undescribed(name));
        ToolInputs inputs = new ToolInputs(name, functions.parameters(name), entry.required(), entry.client(), docs);
        Tool tool = Tool.builder(name)
                .title(entry.summary())
                .description(description(entry))
                .inputSchema(inputs.schema())
                // The seed's functions that only read are named get_...; the others book, move, cancel or confirm.
                .annotations(ToolAnnotations.builder().readOnlyHint(name.startsWith("get_")).openWorldHint(false).build())
                .build();
        return new SyncToolSpecification(tool, (context, request) -> call(name, inputs, request.arguments()));
    }

    CallToolResult call(String name, ToolInputs inputs, Map<String, Object> given) {
        Object body;
        boolean malformed;
        try {
            FunctionCalls.Answer answer = calls.call(name, inputs.request(given, arguments));
            body = answer.body();
            malformed = answer.malformed();
        } catch (RuntimeException e) {
            // What the function API's error answers would say: a refusal's message, or a fault's reference, never its trace.
            body = ErrorAnswers.bodyFor(e);
            malformed = true;
        }
        return CallToolResult.builder().addTextContent(answers.writeValueAsString(body)).isError(malformed).build();
    }

    private static String description(Entry entry) {
        String client = entry.client() == Client.REQUIRED ? " Send client_id: the client it acts for." : "";
        return entry.summary() + ". " + entry.description() + client;
    }

    /** A function the words file does not describe yet: still a tool, its parameters named. */
    private static Entry undescribed(String name) {
        return new Entry(name.replace('_', ' '), "A booking function not described yet; see docs/functions.md.", 0,
                Client.OPTIONAL, null, null, null, null);
    }
}
