package slotbot.app.clients;

import slotbot.booking.clients.Contact;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The contacts known for the rest of one function call: those its committed transactions read or saw
 * (a booking's insert answers the client's contact beside the booking), so that the answer written
 * after the commit, which names the client, does not ask the database again. Opened and closed by the
 * caller on its thread; a write of a contact through {@link ClientRows} forgets the client's entry.
 */
public final class CallContacts implements AutoCloseable {

    private static final ThreadLocal<CallContacts> CURRENT = new ThreadLocal<>();

    private final Map<String, Contact> known = new HashMap<>();
    private final CallContacts outer;

    private CallContacts(CallContacts outer) {
        this.outer = outer;
    }

    static CallContacts open() {
        CallContacts scope = new CallContacts(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The client's contact, from this call's memory when it has it, else read through {@code reader} (and kept). */
    static Contact read(String clientId, Function<String, Contact> reader) {
        CallContacts scope = CURRENT.get();
        return scope == null ? reader.apply(clientId) : scope.known.computeIfAbsent(clientId, reader);
    }

    /** A transaction of this call committed having read or seen these. */
    static void committed(Map<String, Contact> contacts) {
        CallContacts scope = CURRENT.get();
        if (scope != null) {
            scope.known.putAll(contacts);
        }
    }

    static void forget(String clientId) {
        CallContacts scope = CURRENT.get();
        if (scope != null) {
            scope.known.remove(clientId);
        }
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
