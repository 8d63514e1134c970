package slotbot.bench.mcp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The latency of a booking function called as an MCP tool ({@code POST /mcp}, JSON-RPC tools/call) next to the
 * same call through the function API ({@code POST /api/v1/functions/{name}}), one caller, on one kept-alive
 * connection each, the two calls alternating so that both see the same machine. Before timing, each pair must
 * answer the same JSON (the tool's text is the function API's body), or nothing is timed.
 *
 * <p>usage: ToolCallLatency baseUrl token [calls=2000] [warmupCalls=2000]
 */
public final class ToolCallLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long BRANCH = 14275391;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;
    private long requestId;

    private ToolCallLatency(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** One function and its arguments, positional for the function API and named for the tool. */
    private record Case(String function, ArrayNode positional, ObjectNode named, String clientId) {
    }

    public static void main(String[] args) throws Exception {
        ToolCallLatency bench = new ToolCallLatency(args[0], args[1]);
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        for (Case call : bench.cases()) {
            bench.measure(call, calls, warmup);
        }
    }

    private List<Case> cases() throws Exception {
        String day = functionApi(new Case("get_dates_for_booking", JSON.createArrayNode().add(BRANCH).add(JSON.createArrayNode().add(844)),
                null, null)).get(1).asString();
        return List.of(
                new Case("get_companies_for_booking", JSON.createArrayNode(), JSON.createObjectNode(), null),
                new Case("get_slots_for_booking", JSON.createArrayNode().add(BRANCH).add(JSON.createArrayNode().add(844).add(845)).add(day),
                        JSON.createObjectNode().put("company_id", BRANCH).put("date", day)
                                .set("service_ids", JSON.createArrayNode().add(844).add(845)), null),
                new Case("get_bookings_info", JSON.createArrayNode(), JSON.createObjectNode().put("client_id", "bench-1"), "bench-1"));
    }

    private void measure(Case call, int calls, int warmup) throws Exception {
        String viaApi = JSON.writeValueAsString(functionApi(call));
        String viaTool = JSON.writeValueAsString(tool(call));
        if (!viaApi.equals(viaTool)) {
            throw new IllegalStateException(call.function() + ": the tool answered " + viaTool + " but the function API " + viaApi);
        }
        List<Long> api = new ArrayList<>();
        List<Long> mcp = new ArrayList<>();
        for (int i = 0; i < warmup + calls; i++) {
            long started = System.nanoTime();
            functionApi(call);
            long between = System.nanoTime();
            tool(call);
            long ended = System.nanoTime();
            if (i >= warmup) {
                api.add((between - started) / 1000);
                mcp.add((ended - between) / 1000);
            }
        }
        System.out.printf("%-26s function API  %s%n", call.function(), percentiles(api));
        System.out.printf("%-26s MCP tool      %s%n", "", percentiles(mcp));
    }

    private JsonNode functionApi(Case call) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().set("args", call.positional());
        if (call.clientId() != null) {
            body.put("client_id", call.clientId());
        }
        JsonNode answer = JSON.readTree(post("/api/v1/functions/" + call.function(), body, 200));
        return answer;
    }

    /** The tool's text content, read as the JSON it holds. */
    private JsonNode tool(Case call) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ++requestId).put("method", "tools/call");
        request.putObject("params").put("name", call.function()).set("arguments", call.named());
        JsonNode result = JSON.readTree(post("/mcp", request, 200)).path("result");
        if (result.path("isError").asBoolean(false) || !result.path("content").path(0).has("text")) {
            throw new IllegalStateException(call.function() + ": the tool failed: " + result);
        }
        return JSON.readTree(result.path("content").path(0).path("text").asString());
    }

    private String post(String path, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("n %d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }
}
