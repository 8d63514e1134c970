package slotbot.app.studio;

import slotbot.app.errors.Conflict;
import slotbot.app.errors.NotFound;
import slotbot.app.errors.TooMany;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.memory.InMemoryBookingData;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import slotbot.funnel.dialog.BotFunctions;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.dialog.DialogEngine;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The studio's test chats, kept in the database (studio_sandbox) so that any app instance behind a load balancer
 * continues one: each exchange reads the chat's state, plays it, and writes it back if no other exchange of that
 * chat wrote in between. Each has a dialog of its own and books either in a {@link DraftCalendar} (the default:
 * nothing real is booked; the drafts are part of its state) or, when the owner opened it so, in the real calendar
 * through the same booking core as every client (then its bookings, and their callbacks and webhooks, are real).
 * Idle chats are forgotten after {@link #IDLE}; at most {@link #MAX} are kept.
 */
final class Sandboxes {

    static final Duration IDLE = Duration.ofHours(2);
    static final int MAX = 50;

    private final BookingData realData;
    private final BookingEventListener realListeners;
    private final ClientDirectory realClients;
    private final ClientContacts realContacts;
    private final Function<String, Optional<String>> phones;
    private final Clock clock;
    private final SandboxRows rows;
    private final SecureRandom random = new SecureRandom();

    Sandboxes(BookingData realData, BookingEventListener realListeners, ClientDirectory realClients, ClientContacts realContacts,
              Function<String, Optional<String>> phones, Clock clock, SandboxRows rows) {
        this.realData = realData;
        this.realListeners = realListeners;
        this.realClients = realClients;
        this.realContacts = realContacts;
        this.phones = phones;
        this.clock = clock;
        this.rows = rows;
    }

    /** Opens a test chat of the bot; answers its id ("studio-" and 32 hex digits). */
    String open(String bot, boolean realBookings) {
        if (rows.dropIdleAndCount(clock.instant().minus(IDLE)) >= MAX) {
            throw new TooMany("studio_test_chats", "at most " + MAX + " test chats are open at once; close one or wait " + IDLE.toHours() + " hours",
                    IDLE);
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String client = "studio-" + HexFormat.of().formatHex(id);
        rows.insert(client, bot, realBookings, SandboxState.fresh(bot, client).json(), clock.instant());
        return client;
    }

    /**
     * One exchange of a test chat: its state read, {@code exchange} played on it, the state written back.
     *
     * @throws NotFound when there is no such chat of that bot
     * @throws Conflict when another exchange of the same chat (another tab, another instance) wrote first
     */
    <T> T play(String bot, String client, Function<Sandbox, T> exchange) {
        SandboxRows.Row row = rows.find(client).filter(r -> r.bot().equals(bot))
                .orElseThrow(() -> new NotFound("no test chat " + client + " of bot " + bot + " (closed, or forgotten after "
                        + IDLE.toHours() + " idle hours)"));
        SandboxState state = SandboxState.of(row.state());
        List<BookingEvent> events = Collections.synchronizedList(new ArrayList<>());
        Sandbox sandbox;
        DraftCalendar drafts = null;
        MemoryContacts contacts = null;
        if (row.realBookings()) {
            BookingEventListener both = event -> {
                realListeners.on(event);
                events.add(event);
            };
            BookingFunctions functions = new BookingFunctions(realData, clock, new Bookings(realData, clock, both, random), realClients);
            sandbox = new Sandbox(bot, client, true, engine(functions, realContacts), events, List::of, state.dialog(), state.timers());
        } else {
            DraftCalendar calendar = new DraftCalendar(realData, state.drafts());
            MemoryContacts known = new MemoryContacts(phones, state.contacts());
            ClientDirectory directory = id -> {
                ClientContacts.Contact c = known.of(id);
                return new Contact(c.name(), c.phone());
            };
            BookingFunctions functions = new BookingFunctions(calendar, clock, new Bookings(calendar, clock, events::add, random), directory);
            sandbox = new Sandbox(bot, client, false, engine(functions, known), events, calendar::drafts, state.dialog(), state.timers());
            drafts = calendar;
            contacts = known;
        }
        T answer = exchange.apply(sandbox);
        SandboxState after = new SandboxState(sandbox.dialog(), sandbox.timers(), contacts == null ? Map.of() : contacts.all(),
                drafts == null ? InMemoryBookingData.Snapshot.EMPTY : drafts.snapshot());
        String json = after.json();
        if (json.length() > SandboxRows.MAX_STATE) {
            throw new Conflict("the test chat " + client + " has grown too large to keep; start it again");
        }
        if (!rows.update(client, row.version(), json, clock.instant())) {
            throw new Conflict("the test chat " + client + " was used elsewhere at the same moment (another tab?); send again");
        }
        return answer;
    }

    /** The chat's pending timers, to check an index against before firing one. */
    int timers(String bot, String client) {
        return rows.find(client).filter(r -> r.bot().equals(bot)).map(r -> SandboxState.of(r.state()).timers().size())
                .orElseThrow(() -> new NotFound("no test chat " + client + " of bot " + bot + " (closed, or forgotten after "
                        + IDLE.toHours() + " idle hours)"));
    }

    void close(String bot, String client) {
        rows.find(client).filter(r -> r.bot().equals(bot)).orElseThrow(() -> new NotFound("no test chat " + client + " of bot " + bot));
        rows.delete(client);
    }

    private DialogEngine engine(BookingFunctions functions, ClientContacts contacts) {
        Calculator calculator = new Calculator(BotFunctions.library((name, args, client) -> functions.call(name, args, client).value()),
                Limits.defaults());
        return new DialogEngine(calculator, clock, contacts);
    }

    /** A draft chat client's name and phone, kept with the chat's state; phones read by the app's rule. */
    private static final class MemoryContacts implements ClientContacts {

        private final Map<String, Contact> contacts = new ConcurrentHashMap<>();
        private final Function<String, Optional<String>> phones;

        MemoryContacts(Function<String, Optional<String>> phones, Map<String, Contact> known) {
            this.phones = phones;
            this.contacts.putAll(known);
        }

        Map<String, Contact> all() {
            return Map.copyOf(contacts);
        }

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
            Optional<String> phone = phones.apply(text);
            phone.ifPresent(p -> contacts.put(clientId, new Contact(of(clientId).name(), p)));
            return phone;
        }
    }
}
