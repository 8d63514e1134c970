package slotbot.app.studio;

import slotbot.app.errors.NotFound;
import slotbot.app.errors.TooMany;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;
import slotbot.booking.functions.BookingFunctions;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import slotbot.funnel.dialog.BotFunctions;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.dialog.DialogEngine;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The studio's test chats, in this instance's memory: each has a dialog of its own and books either in a
 * {@link DraftCalendar} (the default: nothing real is booked) or, when the owner opened it so, in the real
 * calendar through the same booking core as every client (then its bookings, and their callbacks and
 * webhooks, are real). Idle chats are forgotten after {@link #IDLE}; at most {@link #MAX} are kept.
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
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Sandbox> open = new ConcurrentHashMap<>();

    Sandboxes(BookingData realData, BookingEventListener realListeners, ClientDirectory realClients, ClientContacts realContacts,
              Function<String, Optional<String>> phones, Clock clock) {
        this.realData = realData;
        this.realListeners = realListeners;
        this.realClients = realClients;
        this.realContacts = realContacts;
        this.phones = phones;
        this.clock = clock;
    }

    Sandbox open(String bot, boolean realBookings) {
        forgetIdle();
        if (open.size() >= MAX) {
            throw new TooMany("studio_test_chats", "at most " + MAX + " test chats are open at once; close one or wait " + IDLE.toHours() + " hours",
                    IDLE);
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String client = "studio-" + HexFormat.of().formatHex(id);
        List<BookingEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        Sandbox sandbox;
        if (realBookings) {
            BookingEventListener both = event -> {
                realListeners.on(event);
                events.add(event);
            };
            BookingFunctions functions = new BookingFunctions(realData, clock, new Bookings(realData, clock, both, random), realClients);
            sandbox = new Sandbox(bot, client, true, engine(functions, realContacts), clock, events, List::of);
        } else {
            DraftCalendar drafts = new DraftCalendar(realData);
            ClientContacts contacts = new MemoryContacts(phones);
            ClientDirectory directory = id2 -> {
                ClientContacts.Contact c = contacts.of(id2);
                return new Contact(c.name(), c.phone());
            };
            BookingFunctions functions = new BookingFunctions(drafts, clock, new Bookings(drafts, clock, events::add, random), directory);
            sandbox = new Sandbox(bot, client, false, engine(functions, contacts), clock, events, drafts::drafts);
        }
        open.put(sandbox.client(), sandbox);
        return sandbox;
    }

    Sandbox get(String bot, String client) {
        Sandbox sandbox = open.get(client);
        if (sandbox == null || !sandbox.botIs(bot)) {
            throw new NotFound("no test chat " + client + " of bot " + bot + " (closed, or forgotten after " + IDLE.toHours()
                    + " idle hours, or opened on another app instance)");
        }
        return sandbox;
    }

    void close(String client) {
        open.remove(client);
    }

    private void forgetIdle() {
        open.values().removeIf(s -> s.lastUsed().plus(IDLE).isBefore(clock.instant()));
    }

    private DialogEngine engine(BookingFunctions functions, ClientContacts contacts) {
        Calculator calculator = new Calculator(BotFunctions.library((name, args, client) -> functions.call(name, args, client).value()),
                Limits.defaults());
        return new DialogEngine(calculator, clock, contacts);
    }

    /** A sandbox client's name and phone, in memory, phones read by the app's rule. */
    private static final class MemoryContacts implements ClientContacts {

        private final Map<String, Contact> contacts = new ConcurrentHashMap<>();
        private final Function<String, Optional<String>> phones;

        MemoryContacts(Function<String, Optional<String>> phones) {
            this.phones = phones;
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
