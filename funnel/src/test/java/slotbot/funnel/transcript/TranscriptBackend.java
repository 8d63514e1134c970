package slotbot.funnel.transcript;

import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.dialog.BookingGateway;
import slotbot.funnel.dialog.ClientContacts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The booking functions a conversation's bot code calls: none in the funnel's own transcripts, the
 * booking module's over a catalog in the app's.
 */
public interface TranscriptBackend {

    /** The header keys this backend reads, beside the runner's own (bot, clock, client). */
    Set<String> headerKeys();

    /**
     * The booking functions of one conversation.
     *
     * @param folder    the transcript's folder, which relative paths in the header start from
     * @param callbacks told (client id, text) of each booking change, as the app's outbox is; the
     *                  runner delivers it to the client's dialog after the turn, if they have one
     */
    BookingGateway open(Map<String, String> header, Path folder, Clock clock, BiConsumer<String, String> callbacks);

    /**
     * The library bot code calls, given the funnel's with the booking functions: an app adds its own functions here
     * (the app's demo payments add cancel_unpaid_booking). As given by default.
     */
    default FunctionLibrary library(FunctionLibrary funnels, BookingGateway bookings) {
        return funnels;
    }

    /** Where the conversations keep the clients' names and phones: in memory, phones read by the funnel's plain rule. */
    default ClientContacts contacts() {
        return ClientContacts.inMemory();
    }
}
