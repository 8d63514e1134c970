package slotbot.app.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.app.AppTestBase;
import slotbot.app.RawHttp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server says before and around the controllers: JSON for what Tomcat refuses, security
 * headers on every page, and no cross-origin access unless configured.
 */
class ServerAnswersTest extends AppTestBase {

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @Test
    void whatTomcatRefusesBeforeSpringIsAnsweredAsJson() {
        List<RawHttp.Reply> replies = List.of(
                http.send("GET", "/api/v1/admin/%zz", (String) null),
                http.send("GET", "/../../etc/passwd", (String) null),
                http.send("GET", "/api/v1/admin/bookings%00", (String) null),
                http.send("GET", "/", (String) null, "X-Big: " + "a".repeat(20_000)),
                http.send("GET", "/nothing-here", (String) null, "Accept: text/html"));
        for (RawHttp.Reply reply : replies) {
            assertThat(reply.status()).isIn(400, 404);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.body()).startsWith("{\"status\":false,\"message\":\"").doesNotContain("Tomcat", "Exception", "<html");
        }
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : List.of("/chat/demo", "/admin", "/assets/chat.js", "/admin/admin.js", "/pay/demo/x", "/swagger-ui/index.html")) {
            RawHttp.Reply page = http.send("GET", path, (String) null);
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self';").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void anotherSiteGetsNoCrossOriginAccessByDefault() {
        RawHttp.Reply preflight = http.send("OPTIONS", "/api/v1/functions/get_companies_for_booking", (String) null,
                "Origin: https://evil.example", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: authorization, content-type");
        RawHttp.Reply chat = http.send("POST", "/api/v1/chat/demo/sessions", "", "Origin: https://evil.example");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(chat.header("Access-Control-Allow-Origin")).isNull();
    }
}
