package slotbot.app.clients;

/** The person behind a client_id, as the admin API shows them: name and phone (E.164) each null when unknown. */
public record Client(String id, String name, String phone) {
}
