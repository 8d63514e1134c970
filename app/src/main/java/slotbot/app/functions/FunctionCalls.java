package slotbot.app.functions;

import org.springframework.stereotype.Component;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.ContactChange;
import slotbot.app.clients.Phones;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.metrics.BookingMeter;
import slotbot.app.text.HostileText;
import slotbot.app.text.HostileText.Form;
import slotbot.app.web.JsonBodies;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.functions.FunctionResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.util.List;
import java.util.Map;

/**
 * One call of a booking function as an integrator makes it: {@code {"args": [...], "client_id": "...",
 * "client": {"name", "phone"}}} read, checked and run. The one path of the function API and of the MCP
 * server's tools, so both answer the same value and refuse with the same words. Throws {@link NotFound}
 * for an unknown function and {@link BadInput} for a request the functions never see.
 */
@Component
public class FunctionCalls {

    public static final String EXAMPLE = "{\"args\": [14275391, [844, 845], \"05.02.2024\"], \"client_id\": \"tg-1001\"}";

    private static final int MAX_CLIENT_ID = 128;

    private final BookingFunctions functions;
    private final ClientRows clients;
    private final Phones phones;
    private final BookingMeter meter;

    FunctionCalls(BookingFunctions functions, ClientRows clients, Phones phones, BookingMeter meter) {
        this.functions = functions;
        this.clients = clients;
        this.phones = phones;
        this.meter = meter;
    }

    /**
     * What the function answered: {@code body} is the value as it goes out in JSON (a text becomes a JSON
     * string), {@code malformed} whether an argument was malformed (the function API's 400).
     */
    public record Answer(Object body, boolean malformed) {
    }

    /** Calls {@code name} with a request of the function API's form (a JSON object). */
    public Answer call(String name, JsonNode request) {
        requireFunction(name);
        List<?> args = args(request.get("args"));
        checkTexts(name, args);
        String client = clientId(request.get("client_id"));
        setContact(request.get("client"), client);
        // The caller holds the token: the business's integrator, who may name any client (booking-functions.md §8).
        FunctionResult result;
        try (var contacts = clients.openCall()) {
            result = meter.call(BookingMeter.Source.API, name, () -> functions.callAsIntegrator(name, args, client));
        }
        // The function's own answer, malformed or not: bot code gets the same value and branches on its status.
        return new Answer(asJson(result.value()), result.malformed());
    }

    /** An unknown name is refused before anything else of the request is read. */
    public void requireFunction(String name) {
        if (!functions.has(name)) {
            throw new NotFound("no function named \"" + shorten(name) + "\"; known: " + String.join(", ", functions.names()));
        }
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
