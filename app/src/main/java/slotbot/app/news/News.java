package slotbot.app.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The hub of one instance: what was stored here (told at once to this instance's streams and passed on to the other
 * instances) and what other instances stored (told to this instance's streams).
 */
@Component
public class News implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(News.class);

    /** A chat: the bot and its client, as the web chat's streams follow them. */
    public record Chat(String bot, String client) {
    }

    /**
     * Told of news, on the thread that brings it: must be quick and must not block on the network. {@code chats} maps
     * each chat to the highest message id known to be stored for it, or {@link Long#MAX_VALUE} when not known;
     * {@code here} says the news is this instance's own, told on the thread that stored it.
     */
    public interface Listener {

        default void chats(Map<Chat, Long> chats, boolean here) {
        }

        default void branches(Set<Long> branches) {
        }

        /** Told now and then by the catch-up poll: look again at everything, something may have been missed. */
        default void everything() {
        }

        /** Whether something here follows chats now (an open chat page), so that news of chats is worth looking for. */
        default boolean followsChats() {
            return false;
        }
    }

    private final String instance = UUID.randomUUID().toString();
    private final ObjectProvider<Listener> listeners;
    private final ObjectProvider<Relay> relay;
    /**
     * The listeners and the relay, looked up once all singletons exist: asking the bean factory on every turn cost
     * about 3 % of a chat turn's CPU (issue 14). Until then (no news comes that early) each call asks as before.
     */
    private volatile Resolved resolved;

    private record Resolved(List<Listener> listeners, Relay relay) {
    }

    News(ObjectProvider<Listener> listeners, ObjectProvider<Relay> relay) {
        this.listeners = listeners;
        this.relay = relay;
    }

    @Override
    public void afterSingletonsInstantiated() {
        resolved = new Resolved(listeners.orderedStream().toList(), relay.getIfAvailable());
    }

    /** Passes news on to the other instances, after their commit; the PostgreSQL relay is the only one. */
    public interface Relay {
        void pass(Set<Chat> chats, Set<Long> branches);
    }

    /** This instance committed something new: its streams hear of it now, the other instances shortly. */
    public void stored(Set<Chat> chats, Set<Long> branches) {
        tell(chats.stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> Long.MAX_VALUE, Math::max)), branches, true);
        Resolved now = resolved;
        Relay relayNow = now != null ? now.relay() : relay.getIfAvailable();
        if (relayNow != null) {
            relayNow.pass(chats, branches);
        }
    }

    /** News from elsewhere (another instance, or the catch-up poll). */
    void heard(Map<Chat, Long> chats, Set<Long> branches) {
        tell(chats, branches, false);
    }

    private void tell(Map<Chat, Long> chats, Set<Long> branches, boolean here) {
        if (!chats.isEmpty()) {
            each(listener -> listener.chats(chats, here));
        }
        if (!branches.isEmpty()) {
            each(listener -> listener.branches(branches));
        }
    }

    void everything() {
        each(Listener::everything);
    }

    /** Whether a listener here follows chats now: the catch-up poll looks for news of chats only then. */
    boolean followsChats() {
        Resolved now = resolved;
        return (now != null ? now.listeners() : listeners.orderedStream().toList()).stream().anyMatch(Listener::followsChats);
    }

    String instance() {
        return instance;
    }

    private void each(Consumer<Listener> tell) {
        Resolved now = resolved;
        (now != null ? now.listeners() : listeners.orderedStream().toList()).forEach(listener -> {
            try {
                tell.accept(listener);
            } catch (RuntimeException e) {
                log.warn("A news listener failed; the others are told all the same", e);
            }
        });
    }
}
