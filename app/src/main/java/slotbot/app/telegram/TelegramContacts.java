package slotbot.app.telegram;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.User;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.Phones;

import java.util.Optional;

/** What Telegram tells of a client: the name of their profile, and the phone they share with a phone button. */
@Component
class TelegramContacts {

    private final ClientRows clients;
    private final Phones phones;

    TelegramContacts(ClientRows clients, Phones phones) {
        this.clients = clients;
        this.phones = phones;
    }

    /** The chat's first and last name become the client's name, unless they have one already. */
    void fillName(String client, String fullName) {
        clients.fillName(client, fullName);
    }

    /**
     * The phone of a contact the client shared, set as theirs and answered in E.164; empty when it is someone
     * else's contact (sent from the attachment menu) or does not read. Telegram writes the number international
     * without the "+".
     */
    Optional<String> shared(String client, Contact contact, User from) {
        if (contact.getUserId() == null || from == null || !contact.getUserId().equals(from.getId())) {
            return Optional.empty();
        }
        String number = contact.getPhoneNumber() == null ? "" : contact.getPhoneNumber().strip();
        Optional<String> phone = phones.e164(number.startsWith("+") ? number : "+" + number);
        phone.ifPresent(p -> clients.setPhone(client, p));
        return phone;
    }
}
