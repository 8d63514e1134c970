package slotbot.app.webchat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The web chat as its limits see it: openings with and without a proxy's header, from other addresses, and streams. */
final class ChatHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ChatHttp(int port) {
        this.port = port;
    }

    record Answer(int status, String retryAfter, JsonNode body) {
    }

    /** Opens a conversation with the demo bot from 127.0.0.1, with an X-Forwarded-For header when one is given. */
    Answer open(String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/chat/demo/sessions")).POST(HttpRequest.BodyPublishers.noBody());
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                JsonMapper.builder().build().readTree(response.body()));
    }

    /** Opens a conversation from another loopback address (127.0.0.2, ...): a different client without any proxy. */
    int openFrom(String localAddress) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream().write(("POST /api/v1/chat/demo/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says something in a conversation of the demo bot. */
    int say(String client, String text) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/chat/demo/" + client + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(java.util.Map.of("text", text))))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Opens a stream as the page's EventSource does, reading its events as they come. */
    Stream stream(String client) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/chat/demo/" + client + "/stream"))
                .header("Accept", "text/event-stream").build();
        return new Stream(send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** One open stream: its status and headers, the lines so far, and whether the server has ended it. */
    static final class Stream implements AutoCloseable {
        final int status;
        final String contentType;
        final String retryAfter;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> ended;
        private final InputStream body;

        Stream(HttpResponse<InputStream> response) {
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            body = response.body();
            ended = CompletableFuture.runAsync(this::read, runnable -> new Thread(runnable, "chat-stream-reader").start());
        }

        private void read() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException closedHere) {
                // the test closed the stream itself
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
