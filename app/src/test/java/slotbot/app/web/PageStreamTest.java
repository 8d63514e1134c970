package slotbot.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A stream to a page that has gone ends quietly and once: the race where Tomcat has already closed the request and
 * refuses the dispatch that {@code completeWithError} asks for (it escaped the calendar's heartbeat chore once in CI)
 * is played here with an emitter that behaves as Tomcat's did.
 */
class PageStreamTest {

    /** An emitter whose page can go, and whose container can refuse the ending, as Tomcat does after an error. */
    static final class Page extends SseEmitter {
        boolean gone;
        boolean containerClosedIt;
        int sent;
        final List<Throwable> endedWith = new ArrayList<>();
        int completed;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (gone) {
                throw new IOException("Broken pipe");
            }
            sent++;
        }

        @Override
        public void completeWithError(Throwable error) {
            if (containerClosedIt) {
                throw new IllegalStateException("The request associated with the AsyncContext has already completed processing.");
            }
            endedWith.add(error);
        }

        @Override
        public void complete() {
            completed++;
        }
    }

    @Test
    void aPageThatIsThereGetsItsEvents() {
        Page page = new Page();
        PageStream stream = new PageStream(page, "test page");

        assertThat(stream.ping()).isTrue();
        assertThat(stream.send(SseEmitter.event().name("message").data("hello"))).isTrue();
        assertThat(page.sent).isEqualTo(2);
        assertThat(page.endedWith).isEmpty();
    }

    @Test
    void aPageThatHasGoneEndsItsStreamWithTheErrorOnce() {
        Page page = new Page();
        PageStream stream = new PageStream(page, "test page");
        page.gone = true;

        assertThat(stream.ping()).isFalse();
        assertThat(stream.ping()).as("an ended stream is not written to again").isFalse();
        assertThat(page.endedWith).singleElement().isInstanceOf(IOException.class);
        assertThat(page.sent).isZero();
    }

    @Test
    void aContainerThatRefusesTheEndingDoesNotThrowAtTheSender() {
        Page page = new Page();
        PageStream stream = new PageStream(page, "test page");
        page.gone = true;
        page.containerClosedIt = true;

        assertThatCode(() -> assertThat(stream.ping()).isFalse()).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(stream.send(SseEmitter.event().comment("x"))).isFalse()).doesNotThrowAnyException();
    }

    @Test
    void anEndedStreamIsCompletedOnceAndSendsNothing() {
        Page page = new Page();
        PageStream stream = new PageStream(page, "test page");

        stream.end();
        stream.end();
        assertThat(page.completed).isEqualTo(1);
        assertThat(stream.ping()).isFalse();
        assertThat(page.sent).isZero();
    }
}
