package slotbot.app.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import slotbot.app.dialog.DialogTurns;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live streams of open chat pages. A stream is pushed to at once when this instance stores a
 * message for its dialog, and polls the database every second for what other instances stored
 * (a timer that fired elsewhere, a callback delivered elsewhere).
 */
@Component
class ChatStreams implements DialogTurns.MessageListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatStreams.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final int BATCH = 100;

    private final ObjectProvider<DialogTurns> turns;
    private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();

    /** DialogTurns tells this class of new messages, so it is looked up when first needed. */
    ChatStreams(ObjectProvider<DialogTurns> turns) {
        this.turns = turns;
    }

    SseEmitter open(String bot, String client, long after) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Stream stream = new Stream(bot, client, emitter, after);
        Set<Stream> set = streams.computeIfAbsent(key(bot, client), k -> ConcurrentHashMap.newKeySet());
        set.add(stream);
        Runnable close = () -> set.remove(stream);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        stream.catchUp(turns.getObject());
        return emitter;
    }

    @Override
    public void sent(String bot, String client, List<DialogTurns.Sent> messages) {
        streams.getOrDefault(key(bot, client), Set.of()).forEach(stream -> stream.catchUp(turns.getObject()));
    }

    @Scheduled(fixedDelay = 1000)
    void poll() {
        streams.values().forEach(set -> set.forEach(stream -> stream.catchUp(turns.getObject())));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends the open streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(set -> set.forEach(stream -> stream.emitter.complete()));
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static String key(String bot, String client) {
        return bot + "\u0000" + client;
    }

    /** One open page: the id of the last message it has, so that each message reaches it once and in order. */
    private static final class Stream {
        private final String bot;
        private final String client;
        private final SseEmitter emitter;
        private long last;

        Stream(String bot, String client, SseEmitter emitter, long after) {
            this.bot = bot;
            this.client = client;
            this.emitter = emitter;
            this.last = after;
        }

        synchronized void catchUp(DialogTurns turns) {
            try {
                for (DialogTurns.Sent message : turns.sentAfter(bot, client, last, BATCH)) {
                    emitter.send(SseEmitter.event().id(Long.toString(message.id())).name("message")
                            .data(ChatMessages.one(message), MediaType.APPLICATION_JSON));
                    last = message.id();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Chat stream of {} closed: {}", client, e.getMessage());
                emitter.completeWithError(e);
            }
        }
    }
}
