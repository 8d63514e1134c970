package slotbot.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import slotbot.app.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** With slotbot.security.cors-origins set, that site's pages may call the APIs; any other still may not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=cors-token",
        "slotbot.security.cors-origins=https://shop.example",
        "spring.datasource.url=jdbc:h2:mem:slotbot-cors;DB_CLOSE_DELAY=-1"
})
class CrossOriginConfiguredTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void theConfiguredOriginMayCallTheApisAndNoOther() {
        RawHttp http = new RawHttp(port);

        RawHttp.Reply allowed = preflight(http, "https://shop.example");
        RawHttp.Reply other = preflight(http, "https://evil.example");
        RawHttp.Reply call = http.send("POST", "/api/v1/functions/get_companies_for_booking", "{}",
                "Origin: https://shop.example", "Authorization: Bearer cors-token", "Content-Type: application/json");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
    }

    private static RawHttp.Reply preflight(RawHttp http, String origin) {
        return http.send("OPTIONS", "/api/v1/functions/get_companies_for_booking", (String) null, "Origin: " + origin,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: authorization, content-type");
    }
}
