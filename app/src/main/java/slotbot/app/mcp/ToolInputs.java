package slotbot.app.mcp;

import slotbot.app.errors.BadInput;
import slotbot.app.functions.FunctionDocs;
import slotbot.app.functions.FunctionDocs.Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A booking function's inputs as its MCP tool takes them: its positional parameters by name, each with its
 * form from {@link FunctionDocs}, beside the caller's {@code client_id} and {@code client} contact; and a tool
 * call's named arguments turned back into the function API's request, so that the one path runs both.
 * A function's own parameter named client_id (get_bookings_info's) is the request's client_id here: the
 * function defaults to it, and one name cannot mean two clients.
 */
final class ToolInputs {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT = "client";

    private final String function;
    private final List<String> parameters;
    private final int required;
    private final Client client;
    private final FunctionDocs docs;

    ToolInputs(String function, List<String> parameters, int required, Client client, FunctionDocs docs) {
        this.function = function;
        this.parameters = parameters;
        this.required = required;
        this.client = client;
        this.docs = docs;
    }

    /** The JSON Schema of the tool's arguments: the named parameters, the first ones required, then client_id and client. */
    Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> needed = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameter = parameters.get(i);
            if (parameter.equals(CLIENT_ID)) {
                continue;
            }
            properties.put(parameter, docs.form(parameter).orElseGet(() -> new LinkedHashMap<>(Map.of("description", "Not described yet."))));
            if (i < required) {
                needed.add(parameter);
            }
        }
        properties.put(CLIENT_ID, clientId());
        properties.put(CLIENT, contact());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!needed.isEmpty()) {
            schema.put("required", needed);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** {@code {"args": [...], "client_id": ..., "client": {...}}} from the tool call's named arguments; an unknown name is refused. */
    ObjectNode request(Map<String, Object> arguments, ObjectMapper json) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        for (String name : given.keySet()) {
            if (!name.equals(CLIENT) && !name.equals(CLIENT_ID) && !parameters.contains(name)) {
                throw new BadInput(name + ": not a parameter of " + function + "; it takes " + String.join(", ", names()));
            }
        }
        ObjectNode request = json.createObjectNode();
        ArrayNode args = request.putArray("args");
        for (String parameter : parameters) {
            // Skipped, as a missing tail or null skips a positional argument: the function defaults it.
            Object value = parameter.equals(CLIENT_ID) ? null : given.get(parameter);
            if (value == null) {
                args.addNull();
            } else {
                args.add(json.<JsonNode>valueToTree(value));
            }
        }
        for (String field : List.of(CLIENT_ID, CLIENT)) {
            if (given.get(field) != null) {
                request.set(field, json.<JsonNode>valueToTree(given.get(field)));
            }
        }
        return request;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(parameters.stream().filter(p -> !p.equals(CLIENT_ID)).toList());
        names.add(CLIENT_ID);
        names.add(CLIENT);
        return names;
    }

    private Map<String, Object> clientId() {
        String meaning = switch (client) {
            case REQUIRED -> "The client this call acts for (this function needs it): ";
            case OPTIONAL -> parameters.contains(CLIENT_ID) ? "The client whose bookings to list: " : "The client this call is made for: ";
            case UNUSED -> "The client this call is made for (this function does not use it): ";
        };
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("minLength", 1);
        schema.put("maxLength", 128);
        schema.put("description", meaning + "any text that names the person in your system, such as \"tg-1001\"; "
                + "the same id finds, moves and cancels their bookings later.");
        schema.put("examples", List.of("tg-1001"));
        return schema;
    }

    /** The client's contact, set before the call: every booking answer then shows it. */
    private static Map<String, Object> contact() {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "string");
        name.put("maxLength", 200);
        name.put("description", "The client's name.");
        Map<String, Object> phone = new LinkedHashMap<>();
        phone.put("type", "string");
        phone.put("description", "The client's phone in any usual form (+79001234567, 8 (900) 123-45-67); kept in E.164. "
                + "One that does not read refuses the call, and nothing is done.");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("phone", phone);
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        schema.put("description", "Sets the name and phone of the client named by client_id before the call (send client_id "
                + "with it); a key left out keeps its value, null forgets it.");
        return schema;
    }
}
