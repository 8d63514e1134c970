package slotbot.app.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.RawHttp;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * /mcp takes the function API's bearer token, however its path is spelled: without the token a call that
 * would book is refused (401, or 400 or 404 for a spelling nothing routes), always as JSON, and books nothing.
 */
public abstract class McpAccessContract extends AppTestBase {

    private static final String BOOK = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\": "
            + "\"create_booking\", \"arguments\": {\"company_id\": 14275391, \"service_ids\": [844], \"booking_date\": "
            + "\"05.03.2030\", \"booking_time\": \"10:00\", \"client_id\": \"mcp-intruder\"}}}";
    private static final String[] MCP_HEADERS = {"Content-Type: application/json", "Accept: application/json, text/event-stream"};

    /** Spellings of /mcp that a prefix check could miss while a server might still route them. */
    private static final List<String> SPELLINGS = List.of("/mcp", "/mcp/", "/mcp;x", "/mcp;jsessionid=1", "/%6dcp", "/%6Dcp",
            "/%6d%63%70", "/MCP", "//mcp", "/./mcp", "/x/../mcp", "/%2e/mcp", "/x/%2e%2e/mcp", "/mcp%2f", "/mcp/.",
            "/mcp/x/..", "/mcp?x=1", "/mcp/x", "/api/v1/chat/../../../mcp", "/api/v1/chat/..;/../../mcp",
            "/api/v1/chat/%2e%2e/%2e%2e/%2e%2e/mcp", "/api/v1/chat/..%2f..%2f..%2fmcp", "/mcp\\", "/pay/../mcp");

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @Test
    void theSdksClientWithoutTheTokenCannotEvenConnect() {
        for (String authorization : new String[] {null, "Bearer wrong", Api.TOKEN}) {
            HttpRequest.Builder request = HttpRequest.newBuilder();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                    .endpoint("/mcp").requestBuilder(request).build()).requestTimeout(Duration.ofSeconds(10)).build()) {
                assertThatThrownBy(client::initialize).as(String.valueOf(authorization))
                        .rootCause().isInstanceOfSatisfying(McpHttpClientTransportAuthorizationException.class,
                                refused -> assertThat(refused.getResponseInfo().statusCode()).isEqualTo(401));
            }
        }
    }

    @Test
    void withoutTheTokenNoSpellingOfMcpBooksOrAnswers2xx() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : SPELLINGS) {
            for (String[] authorization : new String[][] {{}, {"Authorization: Bearer wrong"}, {"Authorization: " + Api.TOKEN}}) {
                for (String method : List.of("POST", "GET", "DELETE")) {
                    RawHttp.Reply reply = http.send(method, path, method.equals("POST") ? BOOK : null, headers(authorization));
                    String as = method + " " + path + " " + String.join("", authorization);
                    softly.assertThat(reply.status()).as(as).isIn(400, 401, 404);
                    softly.assertThat(reply.header("Content-Type")).as(as).startsWith("application/json");
                    softly.assertThat(reply.body()).as(as).startsWith("{\"status\":false");
                }
            }
        }
        softly.assertAll();
        assertThat(bookings()).isZero();

        RawHttp.Reply withToken = http.send("POST", "/mcp", BOOK, headers(new String[] {"Authorization: Bearer " + Api.TOKEN}));
        assertThat(withToken.status()).as("the same call with the token").isEqualTo(200);
        assertThat(withToken.body()).contains("\\\"status\\\":true");
        assertThat(bookings()).isOne();
    }

    @Test
    void withTheTokenASpellingNothingRoutesIsAnsweredAsJsonAndBooksNothing() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : SPELLINGS.subList(1, SPELLINGS.size())) {
            RawHttp.Reply reply = http.send("POST", path, BOOK, headers(new String[] {"Authorization: Bearer " + Api.TOKEN}));
            if (reply.status() == 200) {
                continue; // routed to /mcp after all (the query, say): it is the endpoint, reached with the token
            }
            softly.assertThat(reply.status()).as(path).isIn(400, 404, 405);
            softly.assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
        }
        softly.assertAll();
        jdbc.sql("DELETE FROM booking_service").update();
        jdbc.sql("DELETE FROM booking").update();
    }

    private static String[] headers(String[] authorization) {
        String[] all = java.util.Arrays.copyOf(MCP_HEADERS, MCP_HEADERS.length + authorization.length);
        System.arraycopy(authorization, 0, all, MCP_HEADERS.length, authorization.length);
        return all;
    }

    private int bookings() {
        return jdbc.sql("SELECT COUNT(*) FROM booking").query(Integer.class).single();
    }
}
