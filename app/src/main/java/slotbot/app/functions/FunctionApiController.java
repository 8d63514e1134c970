package slotbot.app.functions;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.ContactChange;
import slotbot.app.clients.Phones;
import slotbot.app.text.HostileText;
import slotbot.app.text.HostileText.Form;
import slotbot.app.web.JsonBodies;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.functions.FunctionResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.util.List;
import java.util.Map;

/** The function API of the contract: {@code POST /api/v1/functions/{name}} with positional args and the caller's client. */
@RestController
class FunctionApiController {

    private static final int MAX_CLIENT_ID = 128;

    private final BookingFunctions functions;
    private final JsonBodies bodies;
    private final ClientRows clients;
    private final Phones phones;

    FunctionApiController(BookingFunctions functions, JsonBodies bodies, ClientRows clients, Phones phones) {
        this.functions = functions;
        this.bodies = bodies;
        this.clients = clients;
        this.phones = phones;
    }

    @PostMapping(path = "/api/v1/functions/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> call(@PathVariable String name, @RequestBody(required = false) String body) {
        if (!functions.has(name)) {
            throw new NotFound("no function named \"" + shorten(name) + "\"; known: " + String.join(", ", functions.names()));
        }
        JsonNode request = bodies.object(body, "{\"args\": [14275391, [844, 845], \"05.02.2024\"], \"client_id\": \"tg-1001\"}");
        List<?> args = args(request.get("args"));
        checkTexts(name, args);
        String client = clientId(request.get("client_id"));
        setContact(request.get("client"), client);
        FunctionResult result = functions.call(name, args, client);
        // The function's own answer, malformed or not: bot code gets the same value and branches on its status.
        return ResponseEntity.status(result.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(asJson(result.value()));
    }

    /** A text (get_info_for_booking's digest) as a JSON string: sent as a bare String it would go out unquoted. */
    private static Object asJson(Object value) {
        return value instanceof String text ? StringNode.valueOf(text) : value;
    }

    private List<?> args(JsonNode args) {
        if (args == null || args.isNull()) {
            return List.of();
        }
        if (!args.isArray()) {
            throw new BadInput("args: expected a list of positional arguments such as [14275391, [844]], got "
                    + JsonBodies.show(args));
        }
        return (List<?>) JsonBodies.toJava(args);
    }

    /** "client": {"name", "phone"} beside client_id sets that client's contact before the call; a bad phone refuses the call. */
    private void setContact(JsonNode contact, String client) {
        if (contact == null || contact.isNull()) {
            return;
        }
        ContactChange change = ContactChange.read(contact, "client", phones);
        if (client == null) {
            throw new BadInput("client: sets the contact of the client named by client_id, which is missing; send both, as in"
                    + " {\"client_id\": \"tg-1001\", \"client\": {\"phone\": \"+79001234567\"}}");
        }
        clients.apply(client, change);
    }

    private String clientId(JsonNode client) {
        if (client == null || client.isNull()) {
            return null;
        }
        if (!(client.isString() || client.isIntegralNumber()) || client.asString().isBlank()
                || client.asString().length() > MAX_CLIENT_ID) {
            throw new BadInput("client_id: expected the id of the client in the chat (a text of 1 to " + MAX_CLIENT_ID
                    + " characters such as \"tg-1001\"), got " + JsonBodies.show(client));
        }
        HostileText.require("client_id", client.asString(), Form.NAME);
        return client.asString().strip();
    }

    /** Every argument is an id, a date, a time or a name: no string in it may hold a control character. */
    private void checkTexts(String function, List<?> args) {
        List<String> parameters = functions.parameters(function);
        for (int i = 0; i < args.size(); i++) {
            checkTexts(args.get(i), "args[" + i + "]" + (i < parameters.size() ? " (" + parameters.get(i) + ")" : ""));
        }
    }

    private static void checkTexts(Object value, String where) {
        if (value instanceof String text) {
            HostileText.require(where, text, Form.NAME);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkTexts(list.get(i), where + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                HostileText.require(where + " (a key)", String.valueOf(key), Form.NAME);
                checkTexts(item, where + "." + key);
            });
        }
    }


    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
