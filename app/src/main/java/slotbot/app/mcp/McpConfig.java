package slotbot.app.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import slotbot.app.functions.FunctionCalls;
import slotbot.app.functions.FunctionDocs;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #PATH}: the Model Context Protocol over Streamable HTTP, for AI assistants, on the SDK's servlet
 * transport beside Spring MVC (the security chain, a filter before every servlet, asks for the API token).
 * Stateless: every POST is answered on its own, with no session to keep, so any instance behind a load
 * balancer answers any call, as the function API does; nothing here needs the server to call the client.
 */
@Configuration(proxyBeanMethods = false)
class McpConfig {

    static final String PATH = "/mcp";

    /** A tool call is a few hundred bytes; a megabyte is generous and bounds what one request may hold. */
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    @Bean
    HttpServletStatelessServerTransport mcpTransport() {
        return HttpServletStatelessServerTransport.builder()
                .jsonMapper(ProtocolJson.mcp())
                .messageEndpoint(PATH)
                .maxRequestSize(MAX_REQUEST_BYTES)
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(HttpServletStatelessServerTransport transport) {
        ServletRegistrationBean<HttpServletStatelessServerTransport> servlet = new ServletRegistrationBean<>(transport, PATH);
        servlet.setName("mcp");
        return servlet;
    }

    /**
     * @param answers Spring's JSON mapper, the one the function API writes its answers with: a tool's text is the same JSON
     */
    @Bean(destroyMethod = "close")
    McpStatelessSyncServer mcpServer(HttpServletStatelessServerTransport transport, BookingFunctions functions,
                                     FunctionCalls calls, JsonMapper answers, FunctionDocs docs) {
        return McpServer.sync(new GuardedTransport(transport))
                .serverInfo("slotbot", "1")
                .instructions(INSTRUCTIONS)
                .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build())
                .jsonMapper(ProtocolJson.mcp())
                // The functions check their own arguments and name what is wrong in the function API's words.
                .validateToolInputs(false)
                // The servlet's thread waits for the answer anyway: run the call on it rather than hand it over.
                .immediateExecution(true)
                .tools(new BookingTools(functions, calls, docs, ProtocolJson.MAPPER, answers).specifications())
                .resources(new BranchesResource(functions, answers).specification())
                .prompts(BookingPrompt.load().specification())
                .build();
    }

    private static final String INSTRUCTIONS = "slotbot books appointments at a business's branches. Each tool is one of "
            + "its booking functions and answers what its function API answers, as JSON text. To book: "
            + "get_companies_for_booking, get_services_for_booking, get_dates_for_booking, get_slots_for_booking, then "
            + "create_booking with the client's client_id (and client {name, phone}); the prompt book_appointment says it "
            + "step by step, and the resource " + BranchesResource.URI + " lists the branches with their services. "
            + "{\"status\": false, \"message\": ...} is a refusal whose message says why; a tool error marks a malformed argument.";
}
