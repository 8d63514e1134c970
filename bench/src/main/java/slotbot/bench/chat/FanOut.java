package slotbot.bench.chat;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live chat streams across two instances: opens {@code streams} conversations of the bot "fanout" (all on A), their
 * streams split between A (even) and B (odd), and waits for the file {@code go} (the script measures the idle
 * database meanwhile). Then {@code measured} of the conversations streamed on B each say hello on A, whose turn starts
 * a 2 s timer there; the timer's message ("Тик-так"), stored on A, must arrive once on the stream on B. Writes
 * {@code id<TAB>arrival epoch ms} per arrival of a timer message to {@code out}, and prints what was lost or duplicated.
 *
 * <p>usage: FanOut urlA urlB streams measured workDir
 */
public final class FanOut {

    private static final Pattern CLIENT = Pattern.compile("\"client\"\\s*:\\s*\"([^\"]+)\"");
    private static final String TICK = "Тик-так";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Arrivals of the timer's message per client: more than one is a duplicate. */
    private final Map<String, List<long[]>> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        new FanOut().run(args[0], args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        System.exit(0);
    }

    void run(String a, String b, int streams, int measured, Path work) throws Exception {
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            clients.add(session(a));
        }
        for (int i = 0; i < streams; i++) {
            stream(i % 2 == 0 ? a : b, clients.get(i));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (open.get() + failed.get() < streams && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        System.out.printf("streams open: %d (A %d, B %d), refused or failed: %d%n", open.get(), (open.get() + 1) / 2, open.get() / 2, failed.get());
        Files.writeString(work.resolve("open"), Integer.toString(open.get()));
        while (!Files.exists(work.resolve("go"))) {
            Thread.sleep(100);
        }
        List<String> onB = new ArrayList<>();
        for (int i = 1; i < streams && onB.size() < measured; i += 2) {
            onB.add(clients.get(i));
        }
        for (String client : onB) {
            say(a, client, "Привет");
            Thread.sleep(1000 / 20); // 20 new timers a second, above what one instance's scheduler fires
        }
        until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (onB.stream().anyMatch(c -> !arrivals.containsKey(c)) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Thread.sleep(3000); // a duplicate would come within the next catch-up
        long lost = onB.stream().filter(c -> !arrivals.containsKey(c)).count();
        long duplicated = arrivals.values().stream().filter(l -> l.size() > 1).count();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(work.resolve("arrivals.tsv")))) {
            arrivals.forEach((client, list) -> list.forEach(x -> out.println(x[0] + "\t" + x[1])));
        }
        System.out.printf("timer messages: %d expected on B, %d arrived, %d lost, %d duplicated%n", onB.size(),
                onB.size() - lost, lost, duplicated);
    }

    private String session(String base) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/fanout/sessions"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher client = CLIENT.matcher(answer.body());
        if (answer.statusCode() != 200 || !client.find()) {
            throw new IllegalStateException("no session: " + answer.statusCode() + " " + answer.body());
        }
        return client.group(1);
    }

    private void say(String base, String client, String text) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/fanout/" + client + "/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("turn refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Reads the stream's lines as they come: an "id:" line, then its "data:" line with the text. */
    private void stream(String base, String client) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/fanout/" + client + "/stream"))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            if (r.statusCode() != 200) {
                failed.incrementAndGet();
                return;
            }
            open.incrementAndGet();
            Thread reader = new Thread(null, () -> {
                long[] id = {0};
                r.body().forEach(line -> {
                    if (line.startsWith("id:")) {
                        id[0] = Long.parseLong(line.substring(3).trim());
                    } else if (line.startsWith("data:") && line.contains(TICK)) {
                        arrivals.computeIfAbsent(client, c -> new CopyOnWriteArrayList<>()).add(new long[] {id[0], System.currentTimeMillis()});
                    }
                });
            }, "sse-" + client, 256 * 1024);
            reader.setDaemon(true);
            reader.start();
        }).exceptionally(e -> {
            failed.incrementAndGet();
            return null;
        });
    }
}
