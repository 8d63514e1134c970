package slotbot.app.openapi;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI: public, generated from the controllers, with the bearer token where it is needed. */
class OpenApiTest extends AppTestBase {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    private BookingFunctions functions;

    @Test
    void servesTheOpenApiDocumentOfTheFunctionChatAndAdminApis() {
        Api.Answer answer = api.send("GET", "/v3/api-docs", null, null, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as(answer.text()).isNotNull();
        JsonNode doc = answer.body();
        assertThat(doc.path("info").path("title").asString()).isEqualTo("slotbot API");
        JsonNode paths = doc.path("paths");
        for (String path : new String[] {"/api/v1/functions/get_slots_for_booking", "/api/v1/chat/{bot}/sessions",
                "/api/v1/admin/catalog", "/api/v1/admin/bookings"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.has("/api/v1/functions/{name}")).as("each function is its own operation").isFalse();
        assertThat(paths.has("/chat/{bot}")).as("pages are not part of the API").isFalse();

        JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void asksForTheTokenWhereTheSecurityChainDoes() {
        JsonNode paths = document().path("paths");

        assertThat(security(paths, "/api/v1/functions/get_slots_for_booking", "post")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/catalog", "get")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/catalog", "put")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/admin/bookings", "post")).isEqualTo("bearer");
        assertThat(security(paths, "/api/v1/chat/{bot}/sessions", "post")).isNull();
    }

    @Test
    void everyOperationThatAsksForTheTokenIsRefusedWithoutIt() {
        List<String> guarded = new ArrayList<>();
        List<String> open = new ArrayList<>();
        operations(document().path("paths")).forEach((where, operation) ->
                (operation.path("security").isEmpty() ? open : guarded).add(where));

        for (String where : guarded) {
            String[] methodAndPath = where.split(" ", 2);
            String path = methodAndPath[1].replaceAll("\\{[^}]+}", "1");
            String body = methodAndPath[0].equals("GET") || methodAndPath[0].equals("DELETE") ? null : "{}";
            assertThat(api.send(methodAndPath[0], path, body, null, body == null ? null : "application/json").status())
                    .as(where).isEqualTo(401);
        }
        assertThat(open).allSatisfy(where -> assertThat(where).matches("\\w+ /api/v1/(chat|pay)/.*"));
        assertThat(open).isNotEmpty();
    }

    @Test
    void describesEachFunctionAsItsOwnOperationWithItsArgumentsInOrder() {
        JsonNode paths = document().path("paths");

        assertThat(functions.names()).isNotEmpty();
        for (String name : functions.names()) {
            JsonNode operation = paths.path("/api/v1/functions/" + name).path("post");
            assertThat(operation.isObject()).as(name).isTrue();
            assertThat(operation.path("operationId").asString()).isEqualTo(name);
            assertThat(operation.path("summary").asString()).as(name).isNotBlank();
            assertThat(operation.path("description").asString()).as(name).isNotBlank().doesNotContain("Not described");
            assertThat(operation.path("responses").propertyNames()).as(name).contains("200", "400", "401", "404");

            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            JsonNode args = body.path("schema").path("properties").path("args");
            List<String> positions = new ArrayList<>();
            args.path("prefixItems").forEach(position -> {
                positions.add(position.path("title").asString());
                assertThat(position.path("type").isMissingNode()).as(name + " " + position).isFalse();
                assertThat(position.path("description").asString()).as(name + " " + position).isNotBlank();
            });
            assertThat(positions).as(name).isEqualTo(functions.parameters(name));
            assertThat(args.path("maxItems").asInt()).as(name).isEqualTo(positions.size());
            assertThat(body.path("schema").path("properties").has("client_id")).as(name).isTrue();

            JsonNode request = body.path("examples").path("demo").path("value");
            assertThat(request.path("args").isArray()).as(name + " example request").isTrue();
            assertThat(request.path("args").size()).as(name).isBetween(args.path("minItems").asInt(), positions.size());
            JsonNode answers = operation.path("responses").path("200").path("content").path("application/json");
            assertThat(answers.path("examples").path("answer").has("value")).as(name + " example answer").isTrue();
            assertThat(answers.path("schema").isObject()).as(name).isTrue();
        }
    }

    @Test
    void groupsEveryPathByFeatureUnderExactlyOneTag() {
        JsonNode doc = document();

        List<String> tags = new ArrayList<>();
        doc.path("tags").forEach(tag -> {
            tags.add(tag.path("name").asString());
            assertThat(tag.path("description").asString()).as(tag.toString()).isNotBlank();
        });
        assertThat(tags).containsExactly("Functions", "Web chat", "Admin: bookings", "Admin: clients", "Admin: catalog", "Admin: bots",
                "Admin: dialogs", "Admin: token");

        doc.path("paths").properties().forEach(path -> {
            Set<String> tagsOfPath = new HashSet<>();
            path.getValue().properties().stream().filter(method -> METHODS.contains(method.getKey())).forEach(method -> {
                JsonNode operationTags = method.getValue().path("tags");
                assertThat(operationTags.size()).as(method.getKey() + " " + path.getKey()).isEqualTo(1);
                tagsOfPath.add(operationTags.get(0).asString());
            });
            assertThat(tagsOfPath).as(path.getKey()).hasSize(1);
            assertThat(tags).as(path.getKey()).contains(tagsOfPath.iterator().next());
        });
        assertThat(tagOf(doc, "/api/v1/functions/create_booking", "post")).isEqualTo("Functions");
        assertThat(tagOf(doc, "/api/v1/chat/{bot}/sessions", "post")).isEqualTo("Web chat");
        assertThat(tagOf(doc, "/api/v1/admin/bookings/{id}/move", "post")).isEqualTo("Admin: bookings");
        assertThat(tagOf(doc, "/api/v1/admin/clients/{clientId}", "put")).isEqualTo("Admin: clients");
        assertThat(tagOf(doc, "/api/v1/admin/employees/{id}/schedule", "put")).isEqualTo("Admin: catalog");
        assertThat(tagOf(doc, "/api/v1/admin/bots/{name}/validate", "post")).isEqualTo("Admin: bots");
        assertThat(tagOf(doc, "/api/v1/admin/dialogs/{bot}/{client}", "delete")).isEqualTo("Admin: dialogs");
        assertThat(tagOf(doc, "/api/v1/admin/token/rotate", "post")).isEqualTo("Admin: token");
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

    private JsonNode document() {
        Api.Answer answer = api.send("GET", "/v3/api-docs", null, null, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    /** Every operation of the document by "METHOD /path". */
    private static Map<String, JsonNode> operations(JsonNode paths) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }

    private static String tagOf(JsonNode doc, String path, String method) {
        return doc.path("paths").path(path).path(method).path("tags").path(0).asString();
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
