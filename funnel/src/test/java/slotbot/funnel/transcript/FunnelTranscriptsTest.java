package slotbot.funnel.transcript;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.dialog.BookingGateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The small bots of src/test/resources/transcripts: arrows, timers, code, buttons and the fallback, without bookings. */
class FunnelTranscriptsTest {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        return Transcripts.tests("src/test/resources/transcripts", new NoBookings());
    }

    /** The funnel knows no catalog: a booking function called here is a fault the transcript shows. */
    private static final class NoBookings implements TranscriptBackend {

        @Override
        public Set<String> headerKeys() {
            return Set.of();
        }

        @Override
        public BookingGateway open(Map<String, String> header, Path folder, Clock clock, BiConsumer<String, String> callbacks) {
            return (function, args, client) -> {
                throw new CalcException(function + ": no booking functions in the funnel's transcripts (the app's have a catalog)");
            };
        }
    }
}
