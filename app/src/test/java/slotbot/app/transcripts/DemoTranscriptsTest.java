package slotbot.app.transcripts;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import slotbot.funnel.transcript.Transcripts;

import java.io.IOException;
import java.util.stream.Stream;

/**
 * The demo bot's conversations (src/test/resources/transcripts/demo) against the booking functions over
 * the demo catalog: booking, paying, the unpaid booking cancelled, moving and cancelling; and a bot
 * written the way the builder's authors write them (transcripts/builder). How the files read and how
 * to rewrite them: {@link Transcripts}.
 */
class DemoTranscriptsTest {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        return Transcripts.tests("src/test/resources/transcripts", new CatalogBackend());
    }
}
