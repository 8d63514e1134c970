package slotbot.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import slotbot.app.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** The API token can be rotated without a restart: the new one works at once, every earlier one stops. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=configured-token",
        "spring.datasource.url=jdbc:h2:mem:slotbot-rotation;DB_CLOSE_DELAY=-1",
        "slotbot.demo=true"
})
class TokenRotationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void rotatingGivesANewTokenAndRevokesTheOldOnes() {
        Api api = new Api(port);
        assertThat(companies(api, "configured-token")).isEqualTo(200);

        Api.Answer first = api.post("/api/v1/admin/token/rotate", "", "Bearer configured-token", null);
        String token = first.body().get("token").asString();

        assertThat(first.status()).isEqualTo(200);
        assertThat(token).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo("configured-token");
        assertThat(companies(api, "configured-token")).isEqualTo(401);
        assertThat(companies(api, token)).isEqualTo(200);

        String second = api.post("/api/v1/admin/token/rotate", "", "Bearer " + token, null).body().get("token").asString();

        assertThat(companies(api, token)).isEqualTo(401);
        assertThat(companies(api, second)).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/token/rotate", "", "Bearer " + token, null).status()).isEqualTo(401);
    }

    private static int companies(Api api, String token) {
        return api.post("/api/v1/functions/get_companies_for_booking", "{}", "Bearer " + token, "application/json").status();
    }
}
