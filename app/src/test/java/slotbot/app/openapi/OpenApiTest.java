package slotbot.app.openapi;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI: public, generated from the controllers, with the bearer token where it is needed. */
class OpenApiTest extends AppTestBase {

    @Test
    void servesTheOpenApiDocumentOfTheFunctionChatAndAdminApis() {
        Api.Answer answer = api.send("GET", "/v3/api-docs", null, null, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as(answer.text()).isNotNull();
        JsonNode doc = answer.body();
        assertThat(doc.path("info").path("title").asString()).isEqualTo("slotbot API");
        JsonNode paths = doc.path("paths");
        for (String path : new String[] {"/api/v1/functions/{name}", "/api/v1/chat/{bot}/sessions",
                "/api/v1/admin/catalog", "/api/v1/admin/bookings"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.has("/chat/{bot}")).as("pages are not part of the API").isFalse();

        JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void asksForTheTokenWhereTheSecurityChainDoes() {
        JsonNode paths = api.send("GET", "/v3/api-docs", null, null, null).body().path("paths");

        assertThat(security(paths, "/api/v1/functions/{name}", "post")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/catalog", "get")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/catalog", "put")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/bookings", "post")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/chat/{bot}/sessions", "post")).isNull();
    }

    @Test
    void servesSwaggerUiFromTheWebjarWithoutAToken() {
        Api.Answer redirect = api.send("GET", "/swagger-ui.html", null, null, null);
        assertThat(redirect.status()).isEqualTo(302);

        Api.Answer page = api.send("GET", "/swagger-ui/index.html", null, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<html").contains("swagger-ui");

        Api.Answer config = api.send("GET", "/v3/api-docs/swagger-config", null, null, null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body().path("url").asString()).isEqualTo("/v3/api-docs");
    }

    /** The first security requirement's scheme name of an operation, or null when it has none. */
    private static String security(JsonNode paths, String path, String method) {
        JsonNode operation = paths.path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        JsonNode security = operation.path("security");
        if (security.isMissingNode() || security.isEmpty()) {
            return null;
        }
        return security.get(0).propertyNames().iterator().next();
    }
}
