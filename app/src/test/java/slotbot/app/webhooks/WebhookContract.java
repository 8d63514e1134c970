package slotbot.app.webhooks;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking events reach the business's webhook signed, in order per booking, and survive a receiver that is down.
 * The tests move the app's clock and have the sender deliver what is due at once, instead of waiting for its poll.
 */
@TestPropertySource(properties = "slotbot.webhook.secret=" + WebhookContract.SECRET)
abstract class WebhookContract extends AppTestBase {

    static final String SECRET = "s3cret";
    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(int status, String event, String signature, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean failing = new AtomicBoolean();
    private static final HttpServer receiver;

    static {
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing.get() ? 500 : 204;
            received.add(new Received(status, exchange.getRequestHeaders().getFirst("X-Slotbot-Event"),
                    exchange.getRequestHeaders().getFirst("X-Slotbot-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @DynamicPropertySource
    static void webhookUrl(DynamicPropertyRegistry registry) {
        registry.add("slotbot.webhook.url", () -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    @Autowired
    WebhookSender sender;

    @BeforeEach
    void resetReceiver() {
        jdbc.sql("DELETE FROM webhook_outbox").update();
        failing.set(false);
        received.clear();
    }

    @Test
    void aNewBookingReachesTheReceiverSigned() {
        long id = book("c1", "10:00");
        // The payload names its own outbox row (PostgreSQL writes it around the id in the insert itself).
        String stored = jdbc.sql("SELECT payload FROM webhook_outbox").query(String.class).single();
        long row = jdbc.sql("SELECT id FROM webhook_outbox").query(Long.class).single();
        assertThat(JSON.readTree(stored).get("id").asLong()).isEqualTo(row);

        sender.runDueNow();

        assertThat(delivered()).hasSize(1);
        Received hook = delivered().get(0);
        assertThat(hook.body()).isEqualTo(stored);
        assertThat(hook.event()).isEqualTo("booking.created");
        assertThat(hook.contentType()).isEqualTo("application/json");
        assertThat(hook.signature()).isEqualTo("sha256=" + hmac(SECRET, hook.body()));
        assertThat(hook.signature()).isNotEqualTo("sha256=" + hmac("wrong", hook.body()));
        JsonNode json = hook.json();
        assertThat(json.get("event").asString()).isEqualTo("booking.created");
        assertThat(json.get("id").asLong()).isPositive();
        JsonNode booking = json.get("booking");
        assertThat(booking.get("id").asLong()).isEqualTo(id);
        assertThat(booking.get("company_id").asLong()).isEqualTo(BRANCH);
        assertThat(booking.get("employee_id").asLong()).isEqualTo(PAVEL);
        assertThat(booking.get("client_id").asString()).isEqualTo("c1");
        assertThat(booking.get("start").asString()).isEqualTo("2030-03-05T07:00:00Z"); // 10:00 in Moscow
        assertThat(booking.get("end").asString()).isEqualTo("2030-03-05T08:00:00Z");
        assertThat(booking.get("status").asString()).isEqualTo("active");
        JsonNode service = booking.get("services").get(0);
        assertThat(service.get("id").asLong()).isEqualTo(844);
        assertThat(service.get("title").asString()).isNotBlank();
        assertThat(service.get("price").decimalValue()).isPositive();
        assertThat(service.get("duration").asInt()).isEqualTo(60);
        assertThat(pending()).isZero();
    }

    @Test
    void theBookingCarriesTheClientsNameAndPhone() {
        Api.Answer answer = api.post("/api/v1/functions/create_booking", "{\"args\": [" + BRANCH + ", 844, \"05.03.2030\", \"10:00\", "
                + PAVEL + "], \"client_id\": \"c-named\", \"client\": {\"name\": \"Иван Петров\", \"phone\": \"8 900 123 45 67\"}}",
                "Bearer " + Api.TOKEN, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        book("c1", "12:00");

        sender.runDueNow();

        assertThat(delivered()).hasSize(2);
        JsonNode named = booking("c-named");
        assertThat(named.get("client_id").asString()).isEqualTo("c-named");
        assertThat(named.get("client_name").asString()).isEqualTo("Иван Петров");
        assertThat(named.get("client_phone").asString()).isEqualTo("+79001234567");
        JsonNode unknown = booking("c1");
        assertThat(unknown.get("client_name").isNull()).isTrue();
        assertThat(unknown.get("client_phone").isNull()).isTrue();
    }

    @Test
    void aMoveAndACancelFollowInOrder() {
        long id = book("c1", "10:00");
        assertThat(api.call("modify_booking_time", "c1", id, "05.03.2030", "16:30").body().get("status").asBoolean()).isTrue();
        assertThat(api.call("cancel_booking", "c1", BRANCH, id).body().get("status").asBoolean()).isTrue();

        sender.runDueNow();

        List<Received> hooks = delivered();
        assertThat(hooks).extracting(Received::event).containsExactly("booking.created", "booking.moved", "booking.cancelled");
        assertThat(hooks).allSatisfy(hook -> assertThat(hook.signature()).isEqualTo("sha256=" + hmac(SECRET, hook.body())));
        assertThat(hooks.get(1).json().get("booking").get("start").asString()).isEqualTo("2030-03-05T13:30:00Z");
        assertThat(hooks.get(2).json().get("booking").get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void eachStatusChangeCarriesTheStatusAndACancelWhoAndWhy() {
        long confirmed = book("c1", "10:00");
        long cancelled = book("c1", "12:00");
        long byClient = book("c1", "14:00");
        assertThat(api.call("confirm_booking", "c1", confirmed).body().get("status").asBoolean()).isTrue();
        admin("/" + cancelled + "/cancel", "{\"reason\": \"мастер заболел\"}");
        api.call("cancel_booking", "c1", BRANCH, byClient);
        clock.set(Instant.parse("2030-03-05T07:10:00Z")); // 10:10 in Moscow: the 10:00 visit has begun
        admin("/" + confirmed + "/no-show", null);

        sender.runDueNow();

        assertThat(eventsOf(delivered(), confirmed)).containsExactly("booking.created", "booking.confirmed", "booking.no_show");
        assertThat(bookingsOf(confirmed)).extracting(b -> b.get("status").asString())
                .containsExactly("active", "confirmed", "no_show");
        JsonNode owners = bookingsOf(cancelled).get(1);
        assertThat(owners.get("status").asString()).isEqualTo("cancelled");
        assertThat(owners.get("cancelled_by").asString()).isEqualTo("owner");
        assertThat(owners.get("cancel_reason").asString()).isEqualTo("мастер заболел");
        JsonNode clients = bookingsOf(byClient).get(1);
        assertThat(clients.get("cancelled_by").asString()).isEqualTo("client");
        assertThat(clients.get("cancel_reason").isNull()).isTrue();
        assertThat(bookingsOf(confirmed).get(0).has("cancelled_by")).as("only a cancel says who cancelled").isFalse();
    }

    @Test
    void aFailedEventWaitsItsBackoffByTheAppsClock() {
        failing.set(true);
        book("c1", "10:00");
        sender.runDueNow();
        assertThat(attempts()).isEqualTo(1);

        clock.advance(Duration.ofMillis(999)); // the first retry comes 1 s after the failure
        sender.runDueNow();
        assertThat(attempts()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        sender.runDueNow();
        assertThat(attempts()).isEqualTo(2);

        clock.advance(Duration.ofMillis(1999)); // the second 2 s after it
        sender.runDueNow();
        assertThat(attempts()).isEqualTo(2);
        failing.set(false);
        clock.advance(Duration.ofMillis(1));
        sender.runDueNow();
        assertThat(delivered()).hasSize(1);
        assertThat(failures()).isEqualTo(2);
        assertThat(pending()).isZero();
    }

    @Test
    void aReceiverDownForAnHourGetsEveryEventOnceInOrderPerBooking() {
        failing.set(true);
        long first = book("c1", "10:00");
        api.call("modify_booking_time", "c1", first, "05.03.2030", "16:30");
        long second = book("c2", "12:00");
        api.call("cancel_booking", "c1", BRANCH, first);

        // the oldest event of each booking is tried and rescheduled; the others wait behind it
        sender.runDueNow();
        assertThat(attempts()).isEqualTo(2);
        for (int step = 1; step <= 12; step++) { // an hour of retries, each one refused
            clock.advance(Duration.ofMinutes(5)); // at least the longest backoff
            sender.runDueNow();
            assertThat(attempts()).isEqualTo(2 + 2 * step);
        }
        assertThat(failures()).isEqualTo(26);
        assertThat(delivered()).isEmpty();
        assertThat(pending()).isEqualTo(4);

        failing.set(false);
        clock.advance(Duration.ofMinutes(5)); // the longest backoff
        sender.runDueNow();

        List<Received> hooks = delivered();
        assertThat(hooks).hasSize(4);
        assertThat(hooks).extracting(hook -> hook.json().get("id").asLong()).doesNotHaveDuplicates();
        assertThat(hooks).allSatisfy(hook -> assertThat(hook.signature()).isEqualTo("sha256=" + hmac(SECRET, hook.body())));
        assertThat(eventsOf(hooks, first)).containsExactly("booking.created", "booking.moved", "booking.cancelled");
        assertThat(eventsOf(hooks, second)).containsExactly("booking.created");
        assertThat(pending()).isZero();
    }

    private void admin(String path, String body) {
        Api.Answer answer = api.send("POST", "/api/v1/admin/bookings" + path, body, "Bearer " + Api.TOKEN, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    /** The "booking" of each delivered event of one booking, in the order delivered. */
    private List<JsonNode> bookingsOf(long id) {
        return delivered().stream().map(hook -> hook.json().get("booking")).filter(b -> b.get("id").asLong() == id).toList();
    }

    private long book(String client, String time) {
        JsonNode answer = api.call("create_booking", client, BRANCH, 844, "05.03.2030", time, PAVEL).body();
        assertThat(answer.get("status").asBoolean()).as(answer.toString()).isTrue();
        return answer.get("booking").get("id").asLong();
    }

    private JsonNode booking(String client) {
        return delivered().stream().map(hook -> hook.json().get("booking"))
                .filter(b -> b.get("client_id").asString().equals(client)).findFirst().orElseThrow();
    }

    private List<Received> delivered() {
        return received.stream().filter(hook -> hook.status() / 100 == 2).toList();
    }

    /** Failed attempts recorded in the outbox: each counted after its row was rescheduled. */
    private long attempts() {
        return jdbc.sql("SELECT COALESCE(SUM(attempts), 0) FROM webhook_outbox").query(Long.class).single();
    }

    private long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_outbox").query(Long.class).single();
    }

    private int failures() {
        return (int) received.stream().filter(hook -> hook.status() / 100 != 2).count();
    }

    private static List<String> eventsOf(List<Received> hooks, long booking) {
        List<String> events = new ArrayList<>();
        for (Received hook : hooks) {
            if (hook.json().get("booking").get("id").asLong() == booking) {
                events.add(hook.event());
            }
        }
        return events;
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
