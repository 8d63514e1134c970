package slotbot.funnel.dialog;

import slotbot.funnel.bot.Bot;
import slotbot.funnel.calc.CallContext;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What bot code may know of the turn it runs in, and where callbacks it sends wait for the commit. */
final class TurnContext implements CallContext {

    private final Clock clock;
    private final ZoneId zone;
    private final String clientId;
    private Bot bot;
    private Dialog dialog;
    private TurnVariables variables;
    private java.util.Set<String> visited;
    private final List<Callback> callbacks = new ArrayList<>();
    private final ClientContacts contacts;
    /** Bookings the bot's code made for the client in this turn. */
    private int bookings;
    /** Read once, on first use: a turn that enters no block asks nothing. */
    private ClientContacts.Contact contact;

    TurnContext(Clock clock, ZoneId zone, String clientId, ClientContacts contacts) {
        this.clock = clock;
        this.zone = zone;
        this.clientId = clientId;
        this.contacts = contacts;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    List<Callback> callbacks() {
        return callbacks;
    }

    int bookings() {
        return bookings;
    }

    void booked() {
        bookings++;
    }

    /** What the bot functions of a dialog reach: its bot, its dialog as stored before the turn, its variables. */
    void play(Bot bot, Dialog dialog, TurnVariables variables, java.util.Set<String> visited) {
        this.bot = bot;
        this.dialog = dialog;
        this.variables = variables;
        this.visited = visited;
    }

    /** The state blocks the client has been in, this turn's included. */
    java.util.Set<String> visited() {
        return visited;
    }

    Bot bot() {
        return bot;
    }

    Dialog dialog() {
        return dialog;
    }

    TurnVariables variables() {
        return variables;
    }

    ClientContacts.Contact contact() {
        if (contact == null) {
            contact = contacts.of(clientId);
        }
        return contact;
    }

    void setName(String name) {
        contacts.setName(clientId, name);
        contact = new ClientContacts.Contact(name, contact().phone());
    }

    /** False, changing nothing, when the text does not read as a phone. */
    boolean setPhone(String text) {
        Optional<String> phone = contacts.setPhone(clientId, text);
        phone.ifPresent(p -> contact = new ClientContacts.Contact(contact().name(), p));
        return phone.isPresent();
    }
}
