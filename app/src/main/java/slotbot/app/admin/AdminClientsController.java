package slotbot.app.admin;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.clients.Client;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.ContactChange;
import slotbot.app.clients.Phones;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.text.HostileText;
import slotbot.app.web.JsonBodies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clients through the admin API: find them by phone (in any form, read as the app reads phones) or by a part of the
 * name; one client with their bookings, statuses and no-shows; set a client's name and phone.
 */
@RestController
class AdminClientsController {

    static final int MAX_FOUND = 100;
    private static final String PATH = "/api/v1/admin/clients";

    private final ClientRows clients;
    private final AdminBookingRows bookings;
    private final Phones phones;
    private final JsonBodies bodies;

    AdminClientsController(ClientRows clients, AdminBookingRows bookings, Phones phones, JsonBodies bodies) {
        this.clients = clients;
        this.bookings = bookings;
        this.phones = phones;
        this.bodies = bodies;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> find(@RequestParam Map<String, String> query) {
        for (String key : query.keySet()) {
            if (!Set.of("phone", "name").contains(key)) {
                throw new BadInput(key + ": not a filter of clients; expected phone or name, as in ?phone=89001234567");
            }
        }
        String phone = blankToNull(query.get("phone"));
        String name = blankToNull(query.get("name"));
        if (name != null) {
            HostileText.require("name", name, HostileText.Form.NAME);
        }
        List<Client> found = clients.find(phone == null ? null : phones.require("phone", phone), name, MAX_FOUND + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clients", found.stream().limit(MAX_FOUND).map(AdminClientsController::view).toList());
        body.put("truncated", found.size() > MAX_FOUND);
        return ResponseEntity.ok(body);
    }

    @GetMapping(path = PATH + "/{clientId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> one(@PathVariable String clientId) {
        String id = clientId(clientId);
        Client client = clients.client(id).orElseThrow(() -> new NotFound("no client \"" + id + "\""));
        return ResponseEntity.ok(withBookings(client));
    }

    /** Sets what the body names (a key left out stays as it is); makes the client when there is none yet. */
    @PutMapping(path = PATH + "/{clientId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> put(@PathVariable String clientId, @RequestBody(required = false) String body) {
        String id = clientId(clientId);
        ContactChange change = ContactChange.read(bodies.object(body, "{\"name\": \"Иван Петров\", \"phone\": \"+79001234567\"}"),
                "", phones);
        clients.apply(id, change);
        return ResponseEntity.ok(withBookings(clients.client(id).orElse(new Client(id, null, null))));
    }

    private Map<String, Object> withBookings(Client client) {
        Map<String, Object> body = view(client);
        body.put("no_shows", clients.noShows(client.id()));
        AdminBookingRows.Page page = bookings.list(BookingFilter.of(Map.of("client_id", client.id())),
                AdminBookingsController.MAX_LIST);
        body.put("bookings", page.bookings());
        body.put("truncated", page.truncated());
        return body;
    }

    private static Map<String, Object> view(Client client) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("client_id", client.id());
        view.put("name", client.name());
        view.put("phone", client.phone());
        return view;
    }

    private static String clientId(String id) {
        if (id.isBlank() || id.length() > BookingFilter.MAX_CLIENT_ID) {
            throw new BadInput("client_id: expected the id of a client (a text of 1 to " + BookingFilter.MAX_CLIENT_ID
                    + " characters such as \"tg-1001\"), got a text of " + id.length() + " characters");
        }
        HostileText.require("client_id", id, HostileText.Form.NAME);
        return id.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
