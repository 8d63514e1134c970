package slotbot.app;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client of the running app's HTTP API, as an outside integrator would call it. */
public final class Api {

    public static final String TOKEN = "test-token";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Answer(int status, JsonNode body, String text) {
    }

    /** Calls a booking function for a client with positional arguments. */
    public Answer call(String function, String clientId, Object... args) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("args", Arrays.asList(args));
        if (clientId != null) {
            body.put("client_id", clientId);
        }
        return post("/api/v1/functions/" + function, JSON.writeValueAsString(body), "Bearer " + TOKEN, "application/json");
    }

    public Answer post(String path, String body, String authorization, String contentType) {
        return send("POST", path, body, authorization, contentType);
    }

    public Answer send(String method, String path, String body, String authorization, String contentType) {
        return send(method, path, body, authorization, contentType, null);
    }

    public Answer send(String method, String path, String body, String authorization, String contentType, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                // left null: the test asserting on the body will say so
            }
            return new Answer(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
