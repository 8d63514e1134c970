package slotbot.funnel.dialog;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One client's conversation with one bot, as stored between turns.
 *
 * @param block      the state block the client is in, or null before their first message
 * @param visit      raised each time the client enters a state block: a timer set on an earlier visit
 *                   knows the client has left, even when they came back to the same block
 * @param timerEpoch raised when an arrow cancels every pending timer; timers of an older epoch are void
 * @param visited    every state block the client has been in, for was_in_state()
 */
public record Dialog(String bot, String clientId, String block, long visit, long timerEpoch, Map<String, Object> variables,
                     Set<String> visited) {

    public Dialog {
        variables = StoredVariables.copyOf(variables);
        visited = new LinkedHashSet<>(visited);
    }

    public Dialog(String bot, String clientId, String block, long visit, long timerEpoch, Map<String, Object> variables) {
        this(bot, clientId, block, visit, timerEpoch, variables, Set.of());
    }

    public static Dialog fresh(String bot, String clientId) {
        return new Dialog(bot, clientId, null, 0, 0, Map.of());
    }

    public boolean started() {
        return block != null;
    }
}
