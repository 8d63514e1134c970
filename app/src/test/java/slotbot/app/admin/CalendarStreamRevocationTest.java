package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import slotbot.app.Api;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A live calendar stream lasts no longer than its token: rotating the token ends it at the next heartbeat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=stream-token",
        "spring.datasource.url=jdbc:h2:mem:slotbot-stream-revocation;DB_CLOSE_DELAY=-1",
        "slotbot.demo=true"
})
class CalendarStreamRevocationTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    CalendarStreams streams;

    @Test
    void aRevokedTokensStreamEnds() throws Exception {
        String demoBranch = new Api(port).post("/api/v1/functions/get_companies_for_booking", "{}", "Bearer stream-token",
                "application/json").body().get(0).get("id").asString();
        try (CalendarStream stream = CalendarStream.open(port, "company_id=" + demoBranch + "&from=2030-03-05&to=2030-03-05",
                "stream-token")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.data("ready").isEmpty());
            streams.heartbeat();
            assertThat(stream.ended).as("a heartbeat with a valid token keeps the stream").isNotDone();

            assertThat(new Api(port).post("/api/v1/admin/token/rotate", "", "Bearer stream-token", null).status()).isEqualTo(200);
            streams.heartbeat();
            await().atMost(Duration.ofSeconds(10)).until(stream.ended::isDone);
            assertThat(streams.open()).isZero();
        }
    }
}
