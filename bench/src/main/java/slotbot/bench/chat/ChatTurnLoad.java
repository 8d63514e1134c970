package slotbot.bench.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole chat turns through the web chat API, the way clients of the demo bot make them: each
 * virtual client opens a conversation and books again and again (service, date, time; the first
 * time the bot also asks for the name and the phone, then knows them), then says "Меню" and starts
 * over. The turn that calls create_booking is the time's, or the phone's the first time. Prints
 * turns per second and the latency of all turns and of the turns that book.
 *
 * <p>usage: ChatTurnLoad baseUrl dialogs seconds [warmupSeconds] [thinkMillis]
 *
 * <p>With {@code thinkMillis} 0 every dialog sends its next message as soon as it has the answer:
 * the app's saturation. A person reads and taps: with a think time, 64 dialogs at once is 64 people.
 */
public final class ChatTurnLoad {

    private static final Pattern TEXTS = Pattern.compile("\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<Long> allTurns = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> bookingTurns = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong booked = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean recording;
    private volatile long deadline;

    private final long thinkMillis;

    ChatTurnLoad(String base, long thinkMillis) {
        this.base = base;
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int dialogs = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long think = args.length > 4 ? Long.parseLong(args[4]) : 0;
        ChatTurnLoad load = new ChatTurnLoad(base, think);
        load.run(dialogs, warmup, seconds);
    }

    void run(int dialogs, int warmupSeconds, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(dialogs);
        long start = System.nanoTime();
        deadline = start + Duration.ofSeconds(warmupSeconds + seconds).toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < dialogs; i++) {
            clients.add(pool.submit(this::client));
        }
        Thread.sleep(warmupSeconds * 1000L);
        recording = true;
        long measuredFrom = System.nanoTime();
        for (Future<?> client : clients) {
            client.get();
        }
        double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
        pool.shutdown();
        report(dialogs, elapsed);
    }

    private void client() {
        try {
            String client = field(post("/api/v1/chat/demo/sessions", ""), "client");
            turn(client, "Привет", false);
            boolean knowsMe = false;
            while (System.nanoTime() < deadline) {
                List<String> services = texts(turn(client, "Меню", false));
                String service = services.isEmpty() ? "Мужская стрижка" : services.get(ThreadLocalRandom.current().nextInt(Math.min(3, services.size())) + 1);
                turn(client, service, false);
                List<String> dates = buttons(turn(client, "Выбрать дату", false), "\\p{L}\\p{L} \\d\\d\\.\\d\\d.*");  // "Вт 05.03 (завтра)"
                if (dates.isEmpty()) {
                    continue;
                }
                List<String> times = buttons(turn(client, dates.get(ThreadLocalRandom.current().nextInt(dates.size())), false), "\\d\\d:\\d\\d");
                if (times.isEmpty()) {
                    continue;
                }
                String time = times.get(ThreadLocalRandom.current().nextInt(times.size()));
                String reply = turn(client, time, knowsMe);
                if (reply.contains("Как к вам обращаться")) {
                    reply = turn(client, "Бенч " + Thread.currentThread().getId(), false);
                }
                if (reply.contains("номер телефона")) {
                    reply = turn(client, "+7 900 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)), true);
                }
                knowsMe = true;
                if (reply.contains("Вы записаны")) {
                    booked.incrementAndGet();
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("client stopped: " + e);
        }
    }

    private String turn(String client, String text, boolean books) throws IOException, InterruptedException {
        if (thinkMillis > 0) {
            // A person's pause, randomised so that the dialogs do not march in step.
            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis));
        }
        long t0 = System.nanoTime();
        String body = post("/api/v1/chat/demo/" + client + "/messages", "{\"text\":\"" + text + "\"}");
        long micros = (System.nanoTime() - t0) / 1000;
        if (recording && System.nanoTime() < deadline) {
            allTurns.add(micros);
            if (books) {
                bookingTurns.add(micros);
            }
        }
        return body;
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** Every "text" of the answer: message texts and button labels alike. */
    private static List<String> texts(String json) {
        List<String> texts = new ArrayList<>();
        Matcher m = TEXTS.matcher(json);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private static List<String> buttons(String json, String form) {
        return texts(json).stream().filter(t -> t.matches(form)).toList();
    }

    private void report(int dialogs, double seconds) {
        System.out.printf("dialogs %d  think %d ms  turns %d in %.1f s  = %.0f turns/s  booked %d  failures %d%n",
                dialogs, thinkMillis, allTurns.size(), seconds, allTurns.size() / seconds, booked.get(), failures.get());
        System.out.println("all turns      " + percentiles(allTurns));
        System.out.println("booking turns  " + percentiles(bookingTurns));
    }

    private static String percentiles(List<Long> micros) {
        if (micros.isEmpty()) {
            return "none";
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("n %d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }
}
