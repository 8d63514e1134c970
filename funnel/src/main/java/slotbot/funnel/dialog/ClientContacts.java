package slotbot.funnel.dialog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The client's name and phone, which bot code reads as {@code client_name} and {@code client_phone} and sets with
 * {@code set_client_name} and {@code set_client_phone}. The app keeps them with the client's bookings and reads
 * phones by its own rule; outside the app they live in memory.
 */
public interface ClientContacts {

    /** A client's name and phone, each null when unknown. */
    record Contact(String name, String phone) {
        public static final Contact UNKNOWN = new Contact(null, null);
    }

    Contact of(String clientId);

    void setName(String clientId, String name);

    /** Sets the phone when the text reads as one; answers it as stored, or empty (and changes nothing) when it does not. */
    Optional<String> setPhone(String clientId, String text);

    /** Contacts in memory, for tests and tools: a phone is kept as its digits after a "+", when it has 7 to 15 of them. */
    static ClientContacts inMemory() {
        return inMemory(text -> {
            String digits = text.replaceAll("\\D", "");
            return digits.length() < 7 || digits.length() > 15 ? Optional.empty() : Optional.of("+" + digits);
        });
    }

    /** Contacts in memory whose phones read by the given rule (the text as written, to the phone kept or empty). */
    static ClientContacts inMemory(Function<String, Optional<String>> phoneRule) {
        Map<String, Contact> contacts = new ConcurrentHashMap<>();
        return new ClientContacts() {
            @Override
            public Contact of(String clientId) {
                return contacts.getOrDefault(clientId, Contact.UNKNOWN);
            }

            @Override
            public void setName(String clientId, String name) {
                contacts.put(clientId, new Contact(name, of(clientId).phone()));
            }

            @Override
            public Optional<String> setPhone(String clientId, String text) {
                Optional<String> phone = phoneRule.apply(text);
                phone.ifPresent(p -> contacts.put(clientId, new Contact(of(clientId).name(), p)));
                return phone;
            }
        };
    }
}
