package slotbot.app.functions;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words about the booking functions ({@value #RESOURCE}): the form of each positional parameter by its name
 * (a JSON Schema), and per function its summary, description and a real example. The functions and their
 * parameters themselves come from BookingFunctions, so a function missing here is still served; the OpenAPI
 * document and the MCP server's tools both read their words from here.
 */
public final class FunctionDocs {

    public static final String RESOURCE = "openapi/functions.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Whether a function needs the request's client_id: it acts for that client, may default to it, or ignores it. */
    public enum Client { UNUSED, OPTIONAL, REQUIRED }

    /**
     * What the file says about one function; request, answer and refusal are plain JSON values (maps, lists...),
     * malformed the message of a 400 (null for the file's general one).
     */
    public record Entry(String summary, String description, int required, Client client, Object request, Object answer,
                        Object refusal, String malformed) {
    }

    private final JsonNode root;

    private FunctionDocs(JsonNode root) {
        this.root = root;
    }

    public static FunctionDocs load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new FunctionDocs(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The instant of the app clock at which the examples were taken (their dates are relative to it). */
    public Instant examplesTakenAt() {
        return Instant.parse(root.path("examples-taken-at").asString());
    }

    /** A parameter's form as a JSON Schema of plain values, a new map each time (callers adorn it), if described. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> form(String parameter) {
        JsonNode form = root.path("parameters").path(parameter);
        return form.isObject() ? Optional.of((Map<String, Object>) json(form)) : Optional.empty();
    }

    public Optional<Entry> function(String name) {
        JsonNode entry = root.path("functions").path(name);
        if (!entry.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(entry.path("summary").asString(), entry.path("description").asString(),
                entry.path("required").asInt(), Client.valueOf(entry.path("client").asString("optional").toUpperCase(Locale.ROOT)),
                json(entry.get("request")), json(entry.get("answer")), json(entry.get("refusal")),
                entry.hasNonNull("malformed") ? entry.get("malformed").asString() : null));
    }

    /** A value of the file as plain Java (null when absent). */
    private static Object json(JsonNode node) {
        return node == null ? null : YAML.convertValue(node, Object.class);
    }
}
