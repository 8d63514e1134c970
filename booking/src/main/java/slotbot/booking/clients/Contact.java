package slotbot.booking.clients;

/** What is known of the person behind a client_id: a name and a phone in E.164 ({@code +79001234567}), each null when unknown. */
public record Contact(String name, String phone) {

    public static final Contact UNKNOWN = new Contact(null, null);
}
