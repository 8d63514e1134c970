package slotbot.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The words the OpenAPI document adds to the function table ({@value #RESOURCE}): the form of each positional
 * parameter by its name, and per function its summary, description and a real example. The functions and their
 * parameters themselves come from BookingFunctions, so a function missing here still gets its operation.
 * Read with swagger's own mapper, the one that turns the forms into the document's 3.1 schemas.
 */
final class FunctionDocs {

    static final String RESOURCE = "openapi/functions.yaml";

    /** Whether a function needs the request's client_id: it acts for that client, may default to it, or ignores it. */
    enum Client { UNUSED, OPTIONAL, REQUIRED }

    /**
     * What the file says about one function; request, answer and refusal are plain JSON values (maps, lists...),
     * malformed the message of a 400 (null for the file's general one).
     */
    record Entry(String summary, String description, int required, Client client, Object request, Object answer,
                 Object refusal, String malformed) {
    }

    private final JsonNode root;

    private FunctionDocs(JsonNode root) {
        this.root = root;
    }

    static FunctionDocs load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new FunctionDocs(Yaml31.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The instant of the app clock at which the examples were taken (their dates are relative to it). */
    Instant examplesTakenAt() {
        return Instant.parse(root.path("examples-taken-at").asText());
    }

    /** A new schema of a parameter's form each time (the document's operations must not share one), if described. */
    Optional<Schema<?>> form(String parameter) {
        JsonNode form = root.path("parameters").path(parameter);
        return form.isObject() ? Optional.of(Json31.mapper().convertValue(form, Schema.class)) : Optional.empty();
    }

    Optional<Entry> function(String name) {
        JsonNode entry = root.path("functions").path(name);
        if (!entry.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(entry.path("summary").asText(), entry.path("description").asText(),
                entry.path("required").asInt(), Client.valueOf(entry.path("client").asText("optional").toUpperCase(Locale.ROOT)),
                json(entry.get("request")), json(entry.get("answer")), json(entry.get("refusal")),
                entry.hasNonNull("malformed") ? entry.get("malformed").asText() : null));
    }

    /** A value of the file as plain Java (null when absent), for the document's examples. */
    private static Object json(JsonNode node) {
        return node == null ? null : Json31.mapper().convertValue(node, Object.class);
    }
}
