package slotbot.app.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.RawHttp;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An AI assistant's view of slotbot through the MCP SDK's own client over Streamable HTTP: every booking
 * function is a tool with named parameters, a tool answers the very text the function API answers (its
 * refusals too), and a booking goes from the branches to create, move and cancel.
 */
public abstract class McpContract extends AppTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long BRANCH = 14275391;
    private static final String CLIENT = "mcp-1001";

    @Autowired
    private BookingFunctions functions;

    private final List<McpSyncClient> clients = new ArrayList<>();

    @AfterEach
    void disconnect() {
        clients.forEach(McpSyncClient::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryBookingFunctionAsAToolWithNamedParameters() {
        McpSyncClient mcp = connect();
        Map<String, Tool> tools = new LinkedHashMap<>();
        mcp.listTools().tools().forEach(tool -> tools.put(tool.name(), tool));

        assertThat(tools.keySet()).containsExactlyElementsOf(functions.names())
                .contains("get_companies_for_booking", "cancel_booking", "create_booking_by_name", "get_info_for_booking");
        Tool create = tools.get("create_booking");
        assertThat(properties(create)).containsExactly("company_id", "service_ids", "booking_date", "booking_time",
                "employee_id", "client_id", "client");
        assertThat(create.inputSchema().get("required")).isEqualTo(List.of("company_id", "service_ids", "booking_date", "booking_time"));
        assertThat(property(create, "service_ids")).containsEntry("type", "array");
        assertThat(property(create, "client")).containsKey("properties");
        assertThat(create.description()).contains("client_id").contains("random employee");
        assertThat(create.annotations().readOnlyHint()).isFalse();
        assertThat(properties(tools.get("get_bookings_info"))).containsExactly("client_id", "client");
        tools.values().forEach(tool -> {
            assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(40);
            assertThat(properties(tool)).as(tool.name()).endsWith("client_id", "client");
            assertThat(property(tool, "client_id").get("type")).as(tool.name()).isEqualTo("string");
            assertThat((List<Object>) tool.inputSchema().getOrDefault("required", List.of())).as(tool.name()).doesNotContain("client_id");
        });
        assertThat(tools.get("get_slots_for_booking").annotations().readOnlyHint()).isTrue();
    }

    @Test
    void walksABookingFromTheBranchesToCreateMoveAndCancel() {
        McpSyncClient mcp = connect();

        JsonNode branches = JSON.readTree(((TextResourceContents) mcp.readResource(
                ReadResourceRequest.builder(BranchesResource.URI).build()).contents().get(0)).text());
        assertThat(branches.findValuesAsString("name")).contains("Барбершоп «Борода»").doesNotContain("Закрытый филиал");
        assertThat(branches.get(0).get("services").findValuesAsString("title")).contains("Мужская стрижка");

        assertSameAsFunctionApi(mcp, "get_companies_for_booking", args());
        assertSameAsFunctionApi(mcp, "get_services_for_booking", args("company_id", BRANCH));
        JsonNode dates = assertSameAsFunctionApi(mcp, "get_dates_for_booking", args("company_id", BRANCH, "service_ids", List.of(844)));
        String day = dates.get(1).asString();
        JsonNode slots = assertSameAsFunctionApi(mcp, "get_slots_for_booking",
                args("company_id", BRANCH, "service_ids", List.of(844), "date", day));
        assertThat(slots).extracting(JsonNode::asString).contains("10:00", "15:00");

        JsonNode booked = answer(call(mcp, "create_booking", args("company_id", BRANCH, "service_ids", List.of(844),
                "booking_date", day, "booking_time", "10:00", "employee_id", 463665, "client_id", CLIENT,
                "client", Map.of("name", "Иван Петров", "phone", "8 (900) 123-45-67"))));
        assertThat(booked.get("status").asBoolean()).as(booked.toString()).isTrue();
        assertThat(booked.at("/booking/client_phone").asString()).isEqualTo("+79001234567");
        assertThat(booked.at("/booking/employee_name").asString()).isEqualTo("Павел Тихонов");
        long id = booked.at("/booking/id").asLong();
        JsonNode listed = assertSameAsFunctionApi(mcp, "get_bookings_info", args("client_id", CLIENT));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("booking_time").asString()).isEqualTo("10:00");

        CallToolResult moved = call(mcp, "modify_booking_time", args("order_id", id, "new_date", day, "new_time", "15:00", "client_id", CLIENT));
        assertThat(text(moved)).isEqualTo("{\"status\":true,\"message\":\"Booking time modified\"}");
        assertThat(api.call("get_bookings_info", CLIENT).body().get(0).get("booking_time").asString()).isEqualTo("15:00");

        CallToolResult cancelled = call(mcp, "cancel_booking", args("pipeline_id", BRANCH, "order_id", id, "client_id", CLIENT));
        assertThat(text(cancelled)).isEqualTo("{\"status\":true,\"message\":\"Booking deleted\"}");
        assertThat(cancelled.isError()).isFalse();
        assertThat(api.call("get_bookings_info", CLIENT).body()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM booking WHERE id = ?").param(id).query(String.class).single()).isEqualTo("cancelled");
    }

    @Test
    void refusesABadArgumentWithTheFunctionApisOwnMessage() {
        McpSyncClient mcp = connect();
        Map<String, Object> badDate = args("company_id", BRANCH, "service_ids", List.of(844), "date", "2030-03-05");
        CallToolResult refused = call(mcp, "get_slots_for_booking", badDate);
        Api.Answer http = api.call("get_slots_for_booking", null, BRANCH, List.of(844), "2030-03-05");

        assertThat(http.status()).isEqualTo(400);
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).isEqualTo(http.text()).contains("date").contains("dd.MM.yyyy");

        // A refusal of the domain is the function's answer, not a tool error: here, a phone that does not read books nothing.
        Map<String, Object> badPhone = args("company_id", BRANCH, "service_ids", List.of(844), "booking_date", "05.03.2030",
                "booking_time", "10:00", "client_id", CLIENT, "client", Map.of("phone", "call me"));
        CallToolResult noPhone = call(mcp, "create_booking", badPhone);
        assertThat(noPhone.isError()).isTrue();
        assertThat(answer(noPhone).get("message").asString()).startsWith("client.phone");
        assertThat(text(noPhone)).isEqualTo(api.post("/api/v1/functions/create_booking",
                "{\"args\": [14275391, [844], \"05.03.2030\", \"10:00\"], \"client_id\": \"" + CLIENT
                        + "\", \"client\": {\"phone\": \"call me\"}}", "Bearer " + Api.TOKEN, "application/json").text());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking").query(Integer.class).single()).isZero();

        CallToolResult unknown = call(mcp, "get_slots_for_booking", args("company_id", BRANCH, "services", List.of(844)));
        assertThat(unknown.isError()).isTrue();
        assertThat(answer(unknown).get("message").asString()).startsWith("services: not a parameter of get_slots_for_booking")
                .contains("service_ids");
    }

    @Test
    void aRefusalOfTheDomainIsTheFunctionsAnswerNotAToolError() {
        McpSyncClient mcp = connect();
        api.call("create_booking", "someone-else", BRANCH, List.of(844), "05.03.2030", "10:00", 463665);

        CallToolResult taken = call(mcp, "create_booking", args("company_id", BRANCH, "service_ids", List.of(844),
                "booking_date", "05.03.2030", "booking_time", "10:00", "employee_id", 463665, "client_id", CLIENT));
        Api.Answer http = api.call("create_booking", CLIENT, BRANCH, List.of(844), "05.03.2030", "10:00", 463665);

        assertThat(taken.isError()).isFalse();
        assertThat(answer(taken).get("status").asBoolean()).isFalse();
        assertThat(text(taken)).isEqualTo(http.text());
        assertThat(http.status()).isEqualTo(200);
        assertSameAsFunctionApi(mcp, "get_info_for_booking", args());
    }

    @Test
    void thePromptWalksAnAssistantThroughTheToolsThereAre() {
        McpSyncClient mcp = connect();
        assertThat(mcp.listPrompts().prompts()).extracting(p -> p.name()).containsExactly(BookingPrompt.NAME);

        String prompt = ((TextContent) mcp.getPrompt(GetPromptRequest.builder(BookingPrompt.NAME).arguments(Map.of("client_id", "tg-7")).build())
                .messages().get(0).content()).text();

        assertThat(prompt).contains("client_id \"tg-7\"").contains(BranchesResource.URI);
        List<String> named = new ArrayList<>();
        java.util.regex.Matcher tool = java.util.regex.Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b").matcher(prompt);
        while (tool.find()) {
            named.add(tool.group());
        }
        named.removeAll(List.of("company_id", "service_ids", "employee_id", "service_category_id", "booking_date",
                "booking_time", "client_id", "booking_id", "order_id", "new_date", "new_time", "pipeline_id"));
        assertThat(functions.names()).as("the tools the prompt names").containsAll(named);
        assertThat(named).contains("get_companies_for_booking", "create_booking", "modify_booking_time", "cancel_booking");
    }

    @Test
    void answersMessagesThatDoNotReadAsJsonRpcErrorsNeverAsATraceOrA500() {
        RawHttp http = new RawHttp(port);
        List<String> bodies = List.of("garbage", "[]", "{\"jsonrpc\": \"2.0\", \"id\": {\"a\": 1}, \"method\": \"ping\"}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\"}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": \"x\"}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\": \"create_booking\", \"arguments\": [1]}}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\": \"nope\"}}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"resources/read\"}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"resources/read\", \"params\": {\"uri\": \"slotbot://nope\"}}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"prompts/get\", \"params\": 5}",
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"no/such\"}",
                "{\"jsonrpc\": \"2.0\", \"method\": \"notifications/nope\", \"params\": 5}");
        SoftAssertions softly = new SoftAssertions();
        for (String body : bodies) {
            RawHttp.Reply reply = http.send("POST", "/mcp", body, "Authorization: Bearer " + Api.TOKEN,
                    "Content-Type: application/json", "Accept: application/json, text/event-stream");
            softly.assertThat(reply.status()).as(body).isIn(200, 202, 400);
            softly.assertThat(reply.body()).as(body).doesNotContain("stackTrace").doesNotContain("Exception")
                    .doesNotContain("io.modelcontextprotocol");
            if (reply.status() != 202) {
                softly.assertThat(JSON.readTree(reply.body()).path("error").path("message").asString()).as(body).isNotBlank();
            }
        }
        RawHttp.Reply noStream = http.send("POST", "/mcp", bodies.get(2), "Authorization: Bearer " + Api.TOKEN,
                "Content-Type: application/json", "Accept: application/json");
        softly.assertThat(noStream.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32601,"
                + "\"message\":\"Both application/json and text/event-stream required in Accept header\"}}");
        softly.assertAll();
    }

    private Map<String, Object> args(Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }

    /** Calls the tool and the function API with the same arguments (no client, or the one given) and expects the same text. */
    private JsonNode assertSameAsFunctionApi(McpSyncClient mcp, String function, Map<String, Object> named) {
        CallToolResult result = call(mcp, function, named);
        List<Object> positional = new ArrayList<>();
        for (String parameter : functions.parameters(function)) {
            positional.add(parameter.equals("client_id") ? null : named.get(parameter));
        }
        Api.Answer http = api.call(function, (String) named.get("client_id"), positional.toArray());
        assertThat(http.status()).as(function).isEqualTo(200);
        assertThat(result.isError()).as(function).isFalse();
        assertThat(text(result)).as(function).isEqualTo(http.text());
        return answer(result);
    }

    private McpSyncClient connect() {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + Api.TOKEN))
                        .build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        clients.add(client);
        client.initialize();
        return client;
    }

    private static CallToolResult call(McpSyncClient mcp, String tool, Map<String, Object> args) {
        return mcp.callTool(CallToolRequest.builder(tool).arguments(args).build());
    }

    private static String text(CallToolResult result) {
        assertThat(result.content()).hasSize(1);
        return ((TextContent) result.content().get(0)).text();
    }

    private static JsonNode answer(CallToolResult result) {
        return JSON.readTree(text(result));
    }

    private static List<String> properties(Tool tool) {
        return new ArrayList<>(((Map<?, ?>) tool.inputSchema().get("properties")).keySet().stream().map(String::valueOf).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Tool tool, String name) {
        return (Map<String, Object>) ((Map<?, ?>) tool.inputSchema().get("properties")).get(name);
    }
}
