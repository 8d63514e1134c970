package slotbot.app.openapi;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.Api;
import slotbot.app.TestClock;
import slotbot.app.functions.FunctionDocs;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the OpenAPI document are real: each function's example request, sent to the demo catalog at the
 * instant the examples were taken, still answers 200 with the shape of the documented answer (the same keys and
 * types, the same status). Every function but create_booking runs with the create_booking example booked first,
 * the booking its order_id examples stand for, and every one but join_waitlist with the join_waitlist example in line,
 * the entry its waitlist_id examples stand for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=" + Api.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:slotbot-examples;DB_CLOSE_DELAY=-1",
        "logging.level.slotbot=warn"
})
@Import(FunctionExamplesTest.Clock.class)
class FunctionExamplesTest {

    private static final String BOOKING = "create_booking";
    private static final String WAITING = "join_waitlist";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFunctions functions;

    private final FunctionDocs docs = FunctionDocs.load();

    @TestFactory
    Stream<DynamicTest> everyExampleRequestGetsAnAnswerOfTheDocumentedShape() {
        return functions.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(name)));
    }

    private void replay(String name) {
        FunctionDocs.Entry example = docs.function(name).orElseThrow(() -> new AssertionError(name + " has no example"));
        clock.set(docs.examplesTakenAt());
        jdbc.sql("DELETE FROM booking_service").update();
        jdbc.sql("DELETE FROM booking").update();
        jdbc.sql("DELETE FROM waitlist").update();
        Long booked = name.equals(BOOKING) ? null : book();
        Long waiting = name.equals(WAITING) ? null : joinTheLine();

        Api.Answer answer = post(name, withIds(name, example.request(), booked, waiting));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(shape(answer.body())).as(answer.text()).isEqualTo(shape(JSON.valueToTree(example.answer())));
    }

    /** Books the create_booking example and gives its id. */
    private long book() {
        Api.Answer answer = post(BOOKING, docs.function(BOOKING).orElseThrow().request());
        assertThat(answer.body().path("status").asBoolean()).as(answer.text()).isTrue();
        return answer.body().path("booking").path("id").asLong();
    }

    /** Joins the line of the join_waitlist example and gives the entry's id. */
    private long joinTheLine() {
        Api.Answer answer = post(WAITING, docs.function(WAITING).orElseThrow().request());
        assertThat(answer.body().path("status").asBoolean()).as(answer.text()).isTrue();
        return answer.body().path("waitlist_id").asLong();
    }

    /** The example request with each order_id and waitlist_id argument naming the booking and the entry made for this run. */
    @SuppressWarnings("unchecked")
    private Object withIds(String name, Object request, Long booked, Long waiting) {
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) request);
        List<Object> args = new ArrayList<>((List<Object>) body.get("args"));
        List<String> parameters = functions.parameters(name);
        for (int i = 0; i < args.size(); i++) {
            if (parameters.get(i).equals("order_id")) {
                args.set(i, booked);
            }
            if (parameters.get(i).equals("waitlist_id")) {
                args.set(i, waiting);
            }
        }
        body.put("args", args);
        return body;
    }

    private Api.Answer post(String name, Object body) {
        return new Api(port).post("/api/v1/functions/" + name, JSON.writeValueAsString(body), "Bearer " + Api.TOKEN,
                "application/json");
    }

    /** Keys and types of a JSON value (booleans with their value, lists by their first item), not its data. */
    private static Object shape(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> keys = new LinkedHashMap<>();
            node.properties().forEach(property -> keys.put(property.getKey(), shape(property.getValue())));
            return keys;
        }
        if (node.isArray()) {
            return node.isEmpty() ? List.of() : List.of(shape(node.get(0)));
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isIntegralNumber() ? "integer" : node.getNodeType().name().toLowerCase();
    }
}
