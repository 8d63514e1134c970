package slotbot.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.core.util.Json31;
import slotbot.app.functions.FunctionDocs;
import slotbot.app.functions.FunctionDocs.Client;
import slotbot.app.functions.FunctionDocs.Entry;
import slotbot.booking.functions.BookingFunctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation per booking function ({@code POST /api/v1/functions/get_slots_for_booking} ...) in place of the
 * controller's single {@code POST /api/v1/functions/{name}}: the functions and their parameters, in order, come
 * from the function table, so a new function appears in the document by itself; {@link FunctionDocs} adds the words.
 */
final class FunctionOperations {

    static final String PREFIX = "/api/v1/functions/";
    static final String GENERIC = PREFIX + "{name}";
    static final String FAILURE = "#/components/schemas/" + OpenApiConfig.FAILURE;

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    private final BookingFunctions functions;
    private final FunctionDocs docs;

    FunctionOperations(BookingFunctions functions, FunctionDocs docs) {
        this.functions = functions;
        this.docs = docs;
    }

    /** Puts the functions' operations where the generic one was, keeping the order of the other paths. */
    void replaceGeneric(OpenAPI openApi) {
        if (openApi.getPaths() == null || !openApi.getPaths().containsKey(GENERIC)) {
            return;
        }
        Paths paths = new Paths();
        openApi.getPaths().forEach((path, item) -> {
            if (path.equals(GENERIC)) {
                functions.names().forEach(name -> paths.addPathItem(PREFIX + name, new PathItem().post(operation(name))));
            } else {
                paths.addPathItem(path, item);
            }
        });
        openApi.setPaths(paths);
    }

    Operation operation(String name) {
        Entry entry = docs.function(name).orElseGet(() -> undocumented(name));
        return new Operation()
                .operationId(name)
                .summary(entry.summary())
                .description(entry.description())
                .requestBody(new RequestBody().required(true).content(json(requestSchema(name, entry), requestExamples(entry))))
                .responses(responses(entry));
    }

    private static Map<String, Example> requestExamples(Entry entry) {
        return entry.request() == null ? Map.of() : Map.of("demo", example("A call on the demo catalog", entry.request()));
    }

    private Schema<?> requestSchema(String name, Entry entry) {
        Schema<?> body = ExampleSchema.type("object")
                .addProperty("args", args(name, entry.required()))
                .addProperty("client_id", clientId(entry.client()))
                .addProperty("client", contact());
        return entry.client() == Client.REQUIRED ? body.addRequiredItem("client_id") : body;
    }

    /** The positional arguments: each position named (its schema's title) and typed by its form. */
    private Schema<?> args(String name, int required) {
        List<String> parameters = functions.parameters(name);
        List<Schema> positions = new ArrayList<>();
        parameters.forEach(parameter -> positions.add(form(parameter).title(parameter)));
        return ExampleSchema.type("array").prefixItems(positions).minItems(required).maxItems(parameters.size())
                .description(order(parameters, required));
    }

    /** A new schema of a parameter's form each time (the document's operations must not share one), read by swagger's 3.1 mapper. */
    private Schema<?> form(String parameter) {
        return docs.form(parameter).<Schema<?>>map(form -> Json31.mapper().convertValue(form, Schema.class))
                .orElseGet(() -> new JsonSchema().description("Not described yet."));
    }

    private static String order(List<String> parameters, int required) {
        if (parameters.isEmpty()) {
            return "None: send [] or leave args out.";
        }
        String needed = required == 0 ? "All are optional" : "The first " + required + " required";
        return "Positional, in this order: " + String.join(", ", parameters) + ". " + needed
                + "; \"\" or null skips an optional one, and a missing tail skips the rest.";
    }

    /** The client's contact, set before the call: every booking answer then shows it. */
    private static Schema<?> contact() {
        return ExampleSchema.type("object")
                .addProperty("name", ExampleSchema.type("string").maxLength(200).description("The client's name."))
                .addProperty("phone", ExampleSchema.type("string").description("The client's phone in any usual form "
                        + "(+79001234567, 8 (900) 123-45-67); kept in E.164. One that does not read refuses the call (400)."))
                .description("Sets the name and phone of the client named by client_id before the call; a key left out "
                        + "keeps its value, null forgets it.");
    }

    private static Schema<?> clientId(Client client) {
        String meaning = switch (client) {
            case REQUIRED -> "The client in the chat this call acts for (required here).";
            case OPTIONAL -> "The client in the chat this call is made for; the default of the client_id argument.";
            case UNUSED -> "The client in the chat this call is made for (not used by this function).";
        };
        return ExampleSchema.type("string").minLength(1).maxLength(128)
                .description(meaning + " Any text that names the client in your system, such as \"tg-1001\".");
    }

    private static ApiResponses responses(Entry entry) {
        return new ApiResponses()
                .addApiResponse("200", answer(entry))
                .addApiResponse("400", failure("malformed", "An argument is malformed: the message names the parameter, "
                        + "the expected form and what was given.", entry.malformed() != null ? entry.malformed()
                        : "date: expected a date as dd.MM.yyyy such as \"05.02.2024\", got \"31.02.2027\""))
                .addApiResponse("401", failure("no token", "No token or a wrong one.",
                        "Authorization: expected \"Bearer <slotbot.security.api-token>\""))
                .addApiResponse("404", failure("unknown function", "No function of this name on this app (it runs "
                        + "another version than this document).",
                        "no function named \"get_slot\"; known: get_companies_for_booking, ..."));
    }

    /** The schema read off the example answer; with a refusal example, either that or the failure body. */
    private static ApiResponse answer(Entry entry) {
        Map<String, Example> examples = new LinkedHashMap<>();
        Schema<?> schema = entry.answer() == null ? ExampleSchema.type("object") : ExampleSchema.of(entry.answer());
        if (entry.answer() != null) {
            examples.put("answer", example("The answer on the demo catalog", entry.answer()));
        }
        if (entry.refusal() != null) {
            examples.put("refusal", example("A refusal that is part of the domain (HTTP 200, status false)", entry.refusal()));
            schema = new JsonSchema().oneOf(List.of(schema, failure()));
        }
        return new ApiResponse().description("The function's answer, the same value bot code gets. A refusal that is "
                + "part of the domain (the time was just taken, not your booking, in the past) is a 200 too, with "
                + "status false and a message saying why.").content(json(schema, examples));
    }

    private static ApiResponse failure(String example, String description, String message) {
        return new ApiResponse().description(description).content(json(failure(),
                Map.of(example, example(null, failureBody(message)))));
    }

    private static Map<String, Object> failureBody(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", false);
        body.put("message", message);
        return body;
    }

    private static Schema<?> failure() {
        return new JsonSchema().$ref(FAILURE);
    }

    private static Content json(Schema<?> schema, Map<String, Example> examples) {
        MediaType media = new MediaType().schema(schema);
        if (!examples.isEmpty()) {
            media.examples(examples);
        }
        return new Content().addMediaType(JSON, media);
    }

    private static Example example(String summary, Object value) {
        return new Example().summary(summary).value(value);
    }

    /** A function the docs file does not know yet: still in the document, with what the table says. */
    private static Entry undocumented(String name) {
        return new Entry(name, "Not described in this document yet.", 0, Client.OPTIONAL, null, null, null, null);
    }
}
