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
    void contentTypesNoEndpointCanReadAre415NamingWhatWasSent() {
        String token = "Authorization: Bearer " + slotbot.app.Api.TOKEN;
        // A bot file is the one body a form type is read as (curl's default, see BotAdminContract); others are refused.
        RawHttp.Reply form = http.send("PUT", "/api/v1/admin/catalog", "companies: []", token,
                "Content-Type: application/x-www-form-urlencoded");
        RawHttp.Reply wildcard = http.send("POST", "/api/v1/functions/get_companies_for_booking", "{}", token, "Content-Type: */*");
        RawHttp.Reply charset = http.send("POST", "/api/v1/chat/demo/sessions", "{}", "Content-Type: application/json; charset=nonsense");

        assertThat(form.status()).isEqualTo(415);
        assertThat(form.body()).contains("application/x-www-form-urlencoded").contains("application/yaml");
        assertThat(wildcard.status()).isEqualTo(415);
        assertThat(wildcard.body()).contains("*/*");
        assertThat(charset.status()).isEqualTo(415);
        assertThat(charset.body()).contains("nonsense");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM company WHERE active").query(Integer.class).single()).as("the catalog is untouched")
                .isPositive();
    }

    @Test
    void aQueryThatCannotBeDecodedAndTheErrorPathAskedDirectlyAreAnsweredNotFailed() {
        RawHttp.Reply query = http.send("GET", "/api/v1/admin/bookings?company_id=%ff%fe", (String) null,
                "Authorization: Bearer " + slotbot.app.Api.TOKEN);
        RawHttp.Reply error = http.send("GET", "/error", (String) null);

        assertThat(query.status()).isEqualTo(400);
        assertThat(query.body()).startsWith("{\"status\":false,\"message\":\"query:");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.body()).startsWith("{\"status\":false");
    }

    @Test
    void aFunctionAnsweringATextAnswersItAsAJsonString() {
        slotbot.app.Api.Answer info = api.call("get_info_for_booking", null);

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.text()).startsWith("\"").endsWith("\"");
        assertThat(info.body().isString()).isTrue();
        assertThat(info.body().asString()).contains("Мужская стрижка");
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
