package slotbot.app.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The admin page's live calendar as a client reads it: the lines of the stream as they come, and whether it ended. */
final class CalendarStream implements AutoCloseable {

    final int status;
    final String contentType;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> ended;
    private final InputStream body;

    private CalendarStream(HttpResponse<InputStream> response) {
        status = response.statusCode();
        contentType = response.headers().firstValue("Content-Type").orElse("");
        body = response.body();
        ended = CompletableFuture.runAsync(this::read, runnable -> new Thread(runnable, "calendar-stream-reader").start());
    }

    /** Opens {@code /api/v1/admin/calendar/stream?query} with the token, as the page's fetch does. */
    static CalendarStream open(int port, String query, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/calendar/stream?" + query))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        try {
            return new CalendarStream(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The data lines of the events of that name, in order. */
    List<String> data(String event) {
        List<String> all = List.copyOf(lines);
        List<String> data = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).equals("event:" + event) && all.get(i + 1).startsWith("data:")) {
                data.add(all.get(i + 1).substring("data:".length()));
            }
        }
        return data;
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
