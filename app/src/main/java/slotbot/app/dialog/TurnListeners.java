package slotbot.app.dialog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.List;

/**
 * Tells every {@link DialogTurns.MessageListener} bean of a committed turn's messages. The listeners are looked up
 * once, when all singletons exist: asking the bean factory on every turn (ObjectProvider.orderedStream()) cost about
 * 3 % of a chat turn's CPU (issue 14). Until then (nothing plays a turn that early) each turn asks as before. Not a
 * listener itself, or it would tell itself.
 */
final class TurnListeners implements SmartInitializingSingleton {

    private final ObjectProvider<DialogTurns.MessageListener> provider;
    private volatile List<DialogTurns.MessageListener> resolved;

    TurnListeners(ObjectProvider<DialogTurns.MessageListener> provider) {
        this.provider = provider;
    }

    @Override
    public void afterSingletonsInstantiated() {
        resolved = provider.orderedStream().toList();
    }

    void sent(String bot, String client, List<DialogTurns.Sent> messages) {
        List<DialogTurns.MessageListener> listeners = resolved;
        (listeners != null ? listeners : provider.orderedStream().toList())
                .forEach(listener -> listener.sent(bot, client, messages));
    }
}
