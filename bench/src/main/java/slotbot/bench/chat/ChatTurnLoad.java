package slotbot.bench.chat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;

/**
 * Whole chat turns through the web chat API, the way clients of the demo bot make them: each
 * virtual client opens a conversation and books again and again (service, date, time; the first
 * time the bot also asks for the name and the phone, then knows them), then says "Меню" and starts
 * over. The turn that calls create_booking is the time's, or the phone's the first time. Prints
 * turns per second and the latency of all turns and of the turns that book.
 *
 * <p>usage: ChatTurnLoad baseUrl dialogs seconds [warmupSeconds] [thinkMillis] [bookingsPerPerson] [floor]
 *
 * <p>With {@code floor} as the last argument, each virtual person asks {@code GET /actuator/health} (the whole HTTP
 * stack and one database round trip, no bot) instead of talking to the bot, with the same pauses: the yardstick that
 * shows what this machine's wake-ups, scheduling and network stack alone put into a paced run's tail.
 *
 * <p>With {@code bookingsPerPerson} above 0, a person who has booked that many times leaves and a new person opens
 * a new conversation in their place (and gives a name and a phone the first time). 0 keeps each person for the
 * whole run: one dialog then books hundreds of times a minute, and the demo bot keeps each unpaid order for its
 * 10-minute payment window, so that dialog's stored records grow to tens of kilobytes that every turn reads and
 * writes again; no client of a barbershop does that.
 *
 * <p>With {@code thinkMillis} 0 every dialog sends its next message as soon as it has the answer:
 * the app's saturation. A person reads and taps: with a think time, 64 dialogs at once is 64 people.
 *
 * <p>The harness runs on the app's machine, so it is built to cost little CPU per turn (it shares the cores with
 * what it measures): a thread and a {@link KeptAliveConnection} per dialog, the request head prepared once per
 * dialog, only the answer's "text" strings read (Jackson's streaming parser) and latencies kept per dialog. A turn's
 * latency is from before writing its request to after reading the answer's whole body.
 */
public final class ChatTurnLoad {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern DATE = Pattern.compile("\\p{L}\\p{L} \\d\\d\\.\\d\\d.*"); // "Вт 05.03 (завтра)"
    private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d");
    private static final byte[] NO_BODY = new byte[0];
    private static final byte[] TEXT_BEFORE = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT_AFTER = "\"}".getBytes(StandardCharsets.UTF_8);

    private final URI base;
    private final AtomicLong booked = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean recording;
    private volatile long deadline;

    private final long thinkMillis;
    private final int bookingsPerPerson;
    private final boolean floor;

    ChatTurnLoad(URI base, long thinkMillis, int bookingsPerPerson, boolean floor) {
        this.base = base;
        this.thinkMillis = thinkMillis;
        this.bookingsPerPerson = bookingsPerPerson;
        this.floor = floor;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int dialogs = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long think = args.length > 4 ? Long.parseLong(args[4]) : 0;
        int bookingsPerPerson = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        boolean floor = args.length > 6 && args[6].equals("floor");
        ChatTurnLoad load = new ChatTurnLoad(base, think, bookingsPerPerson, floor);
        load.run(dialogs, warmup, seconds);
    }

    void run(int dialogs, int warmupSeconds, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(dialogs);
        long start = System.nanoTime();
        deadline = start + Duration.ofSeconds(warmupSeconds + seconds).toNanos();
        List<Future<Turns>> clients = new ArrayList<>();
        for (int i = 0; i < dialogs; i++) {
            clients.add(pool.submit(floor ? this::healthChecks : this::client));
        }
        Thread.sleep(warmupSeconds * 1000L);
        recording = true;
        long measuredFrom = System.nanoTime();
        Latencies all = new Latencies();
        Latencies booking = new Latencies();
        for (Future<Turns> client : clients) {
            Turns turns = client.get();
            all.addAll(turns.all);
            booking.addAll(turns.booking);
        }
        // Turns count only until the deadline: the rate is over that window, not until the last dialog stopped.
        double elapsed = (deadline - measuredFrom) / 1e9;
        pool.shutdown();
        report(dialogs, elapsed, all, booking);
    }

    /**
     * One place in the queue: a person opens a conversation and books again and again (or, with
     * {@code bookingsPerPerson}, that many times, and the next person comes); answers the latencies of its turns.
     */
    private Turns client() {
        Turns turns = new Turns(new Latencies(), new Latencies());
        try (KeptAliveConnection http = new KeptAliveConnection(base)) {
            while (System.nanoTime() < deadline) {
                String client = post(http, http.postHead("/api/v1/chat/demo/sessions"), NO_BODY).get(0);
                Dialog dialog = new Dialog(http, http.postHead("/api/v1/chat/demo/" + client + "/messages"), turns);
                dialog.say("Привет", false);
                boolean knowsMe = false;
                for (int times = 0; System.nanoTime() < deadline && (bookingsPerPerson == 0 || times < bookingsPerPerson); ) {
                    boolean choseTime = bookOnce(dialog, knowsMe);
                    knowsMe |= choseTime;
                    times += choseTime ? 1 : 0;
                }
            }
        } catch (Finished stop) {
            // the deadline passed in the middle of a booking: the run is over
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("client stopped: " + e);
        }
        return turns;
    }

    /** The yardstick's person: health checks with a person's pauses, until the deadline; answers their latencies. */
    private Turns healthChecks() {
        Turns turns = new Turns(new Latencies(), new Latencies());
        try (KeptAliveConnection http = new KeptAliveConnection(base)) {
            Dialog checks = new Dialog(http, http.getHead("/actuator/health"), turns);
            while (true) {
                int status = checks.send(NO_BODY, false);
                if (status != 200) {
                    throw new IOException("the health check answered " + status + ": " + http.bodyText());
                }
            }
        } catch (Finished stop) {
            // the run is over
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("client stopped: " + e);
        }
        return turns;
    }

    /**
     * Menu, service, date, time, and the name and the phone when the bot asks: answers whether it got as far as
     * choosing a time (after which the bot knows the person).
     */
    private boolean bookOnce(Dialog dialog, boolean knowsMe) throws IOException, InterruptedException {
        List<String> services = dialog.say("Меню", false);
        if (services.size() == 1) {
            throw new IllegalStateException("the menu has no service to choose: " + services);
        }
        String service = services.isEmpty() ? "Мужская стрижка" : services.get(ThreadLocalRandom.current().nextInt(Math.min(3, services.size())) + 1);
        dialog.say(service, false);
        List<String> dates = matching(dialog.say("Выбрать дату", false), DATE);
        if (dates.isEmpty()) {
            return false;
        }
        List<String> times = matching(dialog.say(dates.get(ThreadLocalRandom.current().nextInt(dates.size())), false), TIME);
        if (times.isEmpty()) {
            return false;
        }
        String time = times.get(ThreadLocalRandom.current().nextInt(times.size()));
        List<String> reply = dialog.say(time, knowsMe);
        if (mentions(reply, "Как к вам обращаться")) {
            reply = dialog.say("Бенч " + Thread.currentThread().getId(), false);
        }
        if (mentions(reply, "номер телефона")) {
            reply = dialog.say("+7 900 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)), true);
        }
        if (mentions(reply, "Вы записаны")) {
            booked.incrementAndGet();
        }
        return true;
    }

    /** A dialog's run ended at the deadline, between two of its turns. */
    private static final class Finished extends RuntimeException {
        Finished() {
            super(null, null, false, false);
        }
    }

    /** The latencies of one dialog's turns, and of its booking turns among them. */
    private record Turns(Latencies all, Latencies booking) {
    }

    /** A conversation's connection and prepared request head, and the latencies of its turns. */
    private final class Dialog {
        private final KeptAliveConnection http;
        private final byte[] messages;
        private final Turns turns;

        Dialog(KeptAliveConnection http, byte[] messages, Turns turns) {
            this.http = http;
            this.messages = messages;
            this.turns = turns;
        }

        /** One turn: says {@code text}, answers every "text" of the bot's answer (message texts and button labels alike). */
        List<String> say(String text, boolean books) throws IOException, InterruptedException {
            return answered(http, send(textMessage(text), books), "text");
        }

        /** After a person's pause, sends {@code json} and times the answer; answers its status. */
        int send(byte[] json, boolean books) throws IOException, InterruptedException {
            if (thinkMillis > 0) {
                // A person's pause, randomised so that the dialogs do not march in step.
                Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis));
            }
            if (System.nanoTime() >= deadline) {
                // Stop at once rather than finish the booking: the app's CPU is read at the end, per measured turn.
                throw new Finished();
            }
            long t0 = System.nanoTime();
            int status = http.post(messages, json);
            long micros = (System.nanoTime() - t0) / 1000;
            if (recording && System.nanoTime() < deadline) {
                turns.all.add(micros);
                if (books) {
                    turns.booking.add(micros);
                }
            }
            return status;
        }
    }

    private List<String> post(KeptAliveConnection http, byte[] head, byte[] json) throws IOException {
        return answered(http, http.post(head, json), "client");
    }

    /** Every string value named {@code field} in the answer's body, in order; a status other than 200 is a failure. */
    private List<String> answered(KeptAliveConnection http, int status, String field) throws IOException {
        if (status != 200) {
            failures.incrementAndGet();
            throw new IOException("answered " + status + ": " + http.bodyText());
        }
        List<String> values = new ArrayList<>();
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), http.body(), 0, http.bodyLength())) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.VALUE_STRING && field.equals(json.currentName())) {
                    values.add(json.getString());
                }
            }
        }
        return values;
    }

    private static byte[] textMessage(String text) {
        byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(text);
        byte[] json = Arrays.copyOf(TEXT_BEFORE, TEXT_BEFORE.length + quoted.length + TEXT_AFTER.length);
        System.arraycopy(quoted, 0, json, TEXT_BEFORE.length, quoted.length);
        System.arraycopy(TEXT_AFTER, 0, json, TEXT_BEFORE.length + quoted.length, TEXT_AFTER.length);
        return json;
    }

    private static List<String> matching(List<String> texts, Pattern form) {
        return texts.stream().filter(t -> form.matcher(t).matches()).toList();
    }

    private static boolean mentions(List<String> texts, String words) {
        return texts.stream().anyMatch(t -> t.contains(words));
    }

    private void report(int dialogs, double seconds, Latencies all, Latencies booking) {
        if (floor) {
            System.out.printf("floor: %d people  think %d ms  health checks %d in %.1f s  = %.0f/s  failures %d%n",
                    dialogs, thinkMillis, all.size, seconds, all.size / seconds, failures.get());
            System.out.println("health checks  " + all.percentiles());
            return;
        }
        System.out.printf("dialogs %d  think %d ms  turns %d in %.1f s  = %.0f turns/s  booked %d  failures %d%n",
                dialogs, thinkMillis, all.size, seconds, all.size / seconds, booked.get(), failures.get());
        System.out.println("all turns      " + all.percentiles());
        System.out.println("booking turns  " + booking.percentiles());
    }

    /** Turn latencies in µs, kept per dialog without boxing or locking and merged at the end. */
    private static final class Latencies {
        private long[] micros = new long[1024];
        private int size;

        void add(long value) {
            if (size == micros.length) {
                micros = Arrays.copyOf(micros, size * 2);
            }
            micros[size++] = value;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.micros[i]);
            }
        }

        String percentiles() {
            if (size == 0) {
                return "none";
            }
            long[] sorted = Arrays.copyOf(micros, size);
            Arrays.sort(sorted);
            return String.format("n %d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms", sorted.length,
                    at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
        }
    }
}
