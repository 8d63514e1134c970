package slotbot.app.security.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a probe exactly as written: by java.net.http when it can carry the request unchanged, else over a raw
 * socket (bad header bytes, targets java.net.URI refuses or would re-spell, restricted headers, odd request lines).
 * A server-sent event stream is not read past its headers.
 */
public final class ProbeClient {

    /** What came back; {@code failure} when nothing did (a timeout, a closed connection). */
    public record Reply(int status, Map<String, String> headers, byte[] body, long millis, String failure, boolean raw) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    // Only a request that hangs fails for time: how long each took is in the written report, not asserted (on a
    // loaded 2-core machine a 1 MB catalog took 7 s), and bench/ is where speed is measured.
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public ProbeClient(int port) {
        this.port = port;
    }

    public Reply send(Probe probe, List<Map.Entry<String, String>> extraHeaders) {
        List<Map.Entry<String, String>> headers = new java.util.ArrayList<>(probe.headers());
        headers.addAll(extraHeaders);
        HttpRequest request = viaHttpClient(probe, headers);
        long start = System.nanoTime();
        try {
            return request != null ? exchange(request, start) : raw(probe, headers, start);
        } catch (IOException e) {
            return new Reply(0, Map.of(), new byte[0], millis(start), e.getClass().getSimpleName() + ": " + e.getMessage(), request == null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request as java.net.http would send it, or null when it would refuse it or send something else. */
    private HttpRequest viaHttpClient(Probe probe, List<Map.Entry<String, String>> headers) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + port + probe.target());
            String sent = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!sent.equals(probe.target()) || uri.getRawFragment() != null) {
                return null;
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).method(probe.method(),
                    probe.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            for (Map.Entry<String, String> h : headers) {
                if (!h.getValue().chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    return null;
                }
                builder.header(h.getKey(), h.getValue());
            }
            return builder.build();
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    private Reply exchange(HttpRequest request, long start) throws IOException, InterruptedException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            byte[] body;
            try (InputStream in = response.body()) {
                body = headers.getOrDefault("content-type", "").startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
            }
            return new Reply(response.statusCode(), headers, body, millis(start), null, false);
        } catch (HttpTimeoutException e) {
            return new Reply(0, Map.of(), new byte[0], millis(start), "no answer in " + TIMEOUT.toSeconds() + " s", false);
        }
    }

    private Reply raw(Probe probe, List<Map.Entry<String, String>> headers, long start) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head(probe, headers).getBytes(StandardCharsets.ISO_8859_1));
                if (probe.body() != null) {
                    out.write(probe.body());
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it read everything: its answer is what counts
            }
            return RawResponse.read(socket.getInputStream(), start);
        } catch (SocketTimeoutException e) {
            return new Reply(0, Map.of(), new byte[0], millis(start), "no answer in " + TIMEOUT.toSeconds() + " s", true);
        }
    }

    private String head(Probe probe, List<Map.Entry<String, String>> headers) {
        StringBuilder head = new StringBuilder(probe.method()).append(' ').append(probe.target());
        head.append(probe.target().contains(" HTTP/") ? "\r\n" : " HTTP/1.1\r\n");
        if (!probe.hasHeader("Host")) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        for (Map.Entry<String, String> h : headers) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (probe.body() != null && !probe.hasHeader("Content-Length") && !probe.hasHeader("Transfer-Encoding")) {
            head.append("Content-Length: ").append(probe.body().length).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }

    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads one HTTP/1.1 response off a socket: status line, headers, then a body by length, by chunks or to the end. */
    private static final class RawResponse {

        static Reply read(InputStream in, long start) throws IOException {
            String statusLine = line(in);
            if (statusLine == null || !statusLine.startsWith("HTTP/")) {
                return new Reply(0, Map.of(), new byte[0], millis(start), "the connection closed without an HTTP answer", true);
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            if (status >= 100 && status < 200) {
                skipHeaders(in); // an interim answer (100 Continue): the real one follows
                return read(in, start);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            byte[] body;
            if (headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
                body = new byte[0];
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
                body = chunks(in);
            } else {
                body = in.readAllBytes();
            }
            return new Reply(status, headers, body, millis(start), null, true);
        }

        private static void skipHeaders(InputStream in) throws IOException {
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                // nothing to keep
            }
        }

        private static byte[] chunks(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String size = line(in); size != null && !size.isBlank(); size = line(in)) {
                int length = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (length == 0) {
                    break;
                }
                body.write(in.readNBytes(length));
                line(in);
            }
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
