package slotbot.app.clients;

import slotbot.app.text.HostileText;
import slotbot.funnel.dialog.ClientContacts;

import java.util.Optional;

/** Bot code's set_client_name, set_client_phone, client_name and client_phone, on the client's record. */
final class BotContacts implements ClientContacts {

    private final ClientRows rows;
    private final Phones phones;

    BotContacts(ClientRows rows, Phones phones) {
        this.rows = rows;
        this.phones = phones;
    }

    @Override
    public Contact of(String clientId) {
        slotbot.booking.clients.Contact contact = rows.contact(clientId);
        return new Contact(contact.name(), contact.phone());
    }

    /** A name from bot code may hold what a client typed: made storable, never refused. */
    @Override
    public void setName(String clientId, String name) {
        String clean = name == null ? null : HostileText.cleaned(name).replaceAll("\\s+", " ").strip();
        rows.setName(clientId, clean == null || clean.isEmpty() ? null : clean);
    }

    @Override
    public Optional<String> setPhone(String clientId, String text) {
        Optional<String> phone = phones.e164(text);
        phone.ifPresent(p -> rows.setPhone(clientId, p));
        return phone;
    }
}
