package slotbot.app.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import slotbot.app.chores.Chore;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.news.News;
import slotbot.app.web.PageStream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live streams of open chat pages. A stream reads what its dialog stored after the last message it sent when
 * {@link News} tells of something new for its chat: at once when this instance stored it, shortly after when another
 * instance did (a timer that fired elsewhere, a callback delivered elsewhere). Streams never poll on their own, so
 * an idle stream costs the database nothing.
 * <p>
 * Streams hold a connection each, so they are capped: per conversation, a new stream closes the
 * conversation's oldest (a reloaded page gets its stream, the page it replaced has gone); per
 * instance, a stream beyond the cap is refused and the page asked to come back later.
 */
@Component
class ChatStreams implements News.Listener, SmartLifecycle, Chore {

    static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ChatStreams.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final int BATCH = 100;
    private static final int CATCH_UP_THREADS = 4;

    private final ObjectProvider<DialogTurns> turns;
    private final ChatSettings settings;
    private final Semaphore slots;
    /**
     * Reads what streams miss, beside the threads that bring news; a few, since each read is one short query. Made at
     * each start: a stopped context (a test's paused one) may start again.
     */
    private volatile ExecutorService catchUps;
    /** The open streams of each conversation, oldest first; a conversation without any has no entry. */
    private final Map<String, Deque<Stream>> streams = new ConcurrentHashMap<>();

    /** DialogTurns tells this class of new messages, so it is looked up when first needed. */
    ChatStreams(ObjectProvider<DialogTurns> turns, ChatSettings settings) {
        this.turns = turns;
        this.settings = settings;
        this.slots = new Semaphore(settings.streamsPerInstance());
    }

    /** A new stream, or nothing when this instance holds as many as it may. */
    Optional<SseEmitter> open(String bot, String client, long after) {
        String key = key(bot, client);
        Stream stream = new Stream(key, bot, client, PageStream.lasting(TIMEOUT, "a chat page of bot " + bot), after);
        List<Stream> replaced = new ArrayList<>(1);
        boolean[] admitted = {false};
        streams.compute(key, (k, open) -> {
            Deque<Stream> deque = open == null ? new ArrayDeque<>() : open;
            if (deque.size() >= settings.streamsPerConversation()) {
                replaced.add(deque.pollFirst()); // its slot passes to the new stream
            } else if (!slots.tryAcquire()) {
                return open;
            }
            deque.addLast(stream);
            admitted[0] = true;
            return deque;
        });
        replaced.forEach(Stream::replace);
        if (!admitted[0]) {
            return Optional.empty();
        }
        SseEmitter emitter = stream.page.emitter();
        emitter.onCompletion(() -> close(stream));
        emitter.onTimeout(() -> close(stream));
        emitter.onError(e -> close(stream));
        stream.page.ping(); // sends the headers now: the page knows it is connected before any message comes
        stream.catchUp(turns.getObject());
        return Optional.of(emitter);
    }

    /**
     * Only the streams of these chats that have not yet sent the highest message known read again: this instance's
     * own news on the thread that stored it, as soon as it is stored; news from elsewhere on the catch-up threads,
     * so that the news listener (one per instance) goes on with the next notice meanwhile. A stream's reads still
     * come one at a time and in order (each reads after the last message it sent).
     */
    @Override
    public void chats(Map<News.Chat, Long> chats, boolean here) {
        chats.forEach((chat, highest) -> snapshot(key(chat.bot(), chat.client())).stream()
                .filter(stream -> stream.behind(highest))
                .forEach(stream -> {
                    ExecutorService threads = catchUps;
                    if (here || threads == null) {
                        stream.catchUp(turns.getObject());
                        return;
                    }
                    try {
                        threads.execute(() -> stream.catchUp(turns.getObject()));
                    } catch (RejectedExecutionException stopping) {
                        log.debug("Chat streams are stopping; a page of bot {} is not caught up", chat.bot());
                    }
                }));
    }

    @Override
    public boolean followsChats() {
        return !streams.isEmpty();
    }

    /** Sends every open stream, on the calling thread, what its dialog stored since (here or on another instance). */
    void runDueNow() {
        streams.keySet().forEach(key -> snapshot(key).forEach(stream -> stream.catchUp(turns.getObject())));
    }

    @Override
    public Duration pause() {
        return HEARTBEAT;
    }

    @Override
    public void runChore() {
        heartbeat();
    }

    /** A comment line now and then: a page that has gone is noticed when the write fails, and its slot freed. */
    void heartbeat() {
        streams.keySet().forEach(key -> snapshot(key).forEach(stream -> stream.page.ping()));
    }

    private List<Stream> snapshot(String key) {
        List<Stream> copy = new ArrayList<>();
        streams.computeIfPresent(key, (k, deque) -> {
            copy.addAll(deque);
            return deque;
        });
        return copy;
    }

    /** Gives the stream's slot back, once, whichever of completion, timeout and error comes first. */
    private void close(Stream stream) {
        if (!stream.closed.compareAndSet(false, true)) {
            return;
        }
        streams.computeIfPresent(stream.key, (k, deque) -> {
            deque.remove(stream);
            return deque.isEmpty() ? null : deque;
        });
        slots.release();
    }

    private volatile boolean running;

    @Override
    public void start() {
        catchUps = Executors.newFixedThreadPool(CATCH_UP_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "slotbot-chat-catch-up");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
    }

    /** Ends the open streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        ExecutorService threads = catchUps;
        catchUps = null;
        if (threads != null) {
            threads.shutdown();
        }
        streams.keySet().forEach(key -> snapshot(key).forEach(stream -> stream.page.end()));
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
        private final String key;
        private final String bot;
        private final String client;
        private final PageStream page;
        private final AtomicBoolean closed = new AtomicBoolean();
        private long last;

        Stream(String key, String bot, String client, PageStream page, long after) {
            this.key = key;
            this.bot = bot;
            this.client = client;
            this.page = page;
            this.last = after;
        }

        /** Ends a stream that a newer one of its conversation took the place of; its slot is already the newer one's. */
        void replace() {
            closed.set(true);
            page.end();
        }

        synchronized boolean behind(long highest) {
            return last < highest;
        }

        synchronized void catchUp(DialogTurns turns) {
            for (DialogTurns.Sent message : turns.sentAfter(bot, client, last, BATCH)) {
                if (!page.send(SseEmitter.event().id(Long.toString(message.id())).name("message")
                        .data(ChatMessages.one(message), MediaType.APPLICATION_JSON))) {
                    return;
                }
                last = message.id();
            }
        }
    }
}
