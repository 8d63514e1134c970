package slotbot.app.transcripts;

import slotbot.app.catalog.CatalogFileReader;
import slotbot.app.clients.Phones;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.HoldOffers;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.memory.InMemoryBookingData;
import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.BookingGateway;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.transcript.TranscriptBackend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The booking functions of the app over a catalog file ({@code catalog:} in a transcript's header),
 * read by the app's own catalog reader and held in the booking module's in-memory store: the same
 * functions and answers as on a database, without Spring. Booking ids count from 1 and "any
 * employee" is drawn with a fixed seed, so a conversation plays the same every time.
 */
final class CatalogBackend implements TranscriptBackend {

    /** The app's default zone (slotbot.timezone) for a branch that names none. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    private static final long SEED = 20300304L;

    @Override
    public Set<String> headerKeys() {
        return Set.of("catalog");
    }

    @Override
    public BookingGateway open(Map<String, String> header, Path folder, Clock clock, BiConsumer<String, String> callbacks) {
        InMemoryBookingData data = new InMemoryBookingData();
        String catalog = header.get("catalog");
        if (catalog != null) {
            new CatalogFileReader(DEFAULT_ZONE).read(text(catalog, folder), catalog).companies()
                    .forEach(company -> data.put(company.toCore()));
        }
        // As the app's BookingCallbacks: every booking change that has a callback text (not a confirmation, not a
        // no-show) reaches the client's dialogs as a callback; and as its HoldTimeouts, so does a start the waitlist
        // holds for a client (waitlist_slot_free). A hold here never runs out: a transcript has no due-time jobs.
        HoldOffers offers = new HoldOffers((hold, text) -> callbacks.accept(hold.clientId(), text), HoldOffers.DEFAULT_LENGTH);
        BookingFunctions functions = new BookingFunctions(data, clock, new Bookings(data, clock, event -> {
            if (!event.callbackText().isEmpty()) {
                callbacks.accept(event.booking().clientId(), event.callbackText());
            }
        }, new Random(SEED), offers));
        return (name, args, client) -> functions.call(name, args, client).value();
    }

    /**
     * The app's demo payments add {@code cancel_unpaid_booking}: a transcript has no payment page, so nothing is paid
     * there but in the bot's own variables, and it cancels as {@code cancel_booking} does.
     */
    @Override
    public FunctionLibrary library(FunctionLibrary funnels, BookingGateway bookings) {
        return funnels.with("cancel_unpaid_booking", 2, 2,
                (args, context) -> Values.normalize(bookings.call("cancel_booking", List.copyOf(args), context.clientId())));
    }

    /** Phones read as the app reads them (slotbot.phone-region RU): {@code 8 (900) 123-45-67} is {@code +79001234567}. */
    @Override
    public ClientContacts contacts() {
        return ClientContacts.inMemory(new Phones("RU")::e164);
    }

    /** A catalog file relative to the transcript, or /on/the/class/path.yaml (the demo's is /demo/catalog.yaml). */
    private static String text(String path, Path folder) {
        try {
            if (!path.startsWith("/")) {
                return Files.readString(folder.resolve(path));
            }
            try (InputStream in = CatalogBackend.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("catalog: no resource " + path + " on the test class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("catalog: cannot read " + path, e);
        }
    }
}
