package slotbot.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One server-sent event stream to an open page, as the live chat and the live calendar keep them. Sending never
 * throws: the threads that send (the news listener, the heartbeat chore) go on to other pages' streams, so a page
 * that has gone only ends its own stream, quietly and once.
 */
public final class PageStream {

    private static final Logger log = LoggerFactory.getLogger(PageStream.class);

    private final SseEmitter emitter;
    private final String page;
    private final AtomicBoolean over = new AtomicBoolean();

    /**
     * A stream to the page through this emitter; {@code page} names it in the debug log ("a chat page", "the live
     * calendar of branch 7"): never a chat's client id, which is what lets a page read its conversation.
     */
    public PageStream(SseEmitter emitter, String page) {
        this.emitter = emitter;
        this.page = page;
    }

    /** A stream that ends by itself after {@code timeout} (the page then opens a new one). */
    public static PageStream lasting(Duration timeout, String page) {
        return new PageStream(new SseEmitter(timeout.toMillis()), page);
    }

    /** What the controller answers with. */
    public SseEmitter emitter() {
        return emitter;
    }

    /** Sends the event: false when the page has gone (the stream is then ended) or the stream was over already. */
    public synchronized boolean send(SseEmitter.SseEventBuilder event) {
        if (over.get()) {
            return false;
        }
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            gone(e);
            return false;
        }
    }

    /** A comment line: a page that has gone is noticed when its write fails. */
    public boolean ping() {
        return send(SseEmitter.event().comment("ping"));
    }

    /** Ends the stream as planned (a newer stream took its place, its token was revoked, the app stops). */
    public void end() {
        if (over.compareAndSet(false, true)) {
            emitter.complete();
        }
    }

    private void gone(Exception e) {
        log.debug("Stream of {} closed: {}", page, e.getMessage());
        if (!over.compareAndSet(false, true)) {
            return;
        }
        try {
            emitter.completeWithError(e);
        } catch (IllegalStateException refused) {
            // The container saw the error first and closed the request; Tomcat then refuses the dispatch that ending
            // with an error asks for. Nothing is left to end (issue 14: this escaped the heartbeat chore once).
            log.debug("Stream of {} already over: {}", page, refused.getMessage());
        }
    }
}
