package slotbot.funnel.dialog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What bot code reads beyond its own dialog, filled in by the app: the bot's project variables
 * ({@code project.x}, shared by every client of the bot) and another client's variables
 * ({@code get_client_var}). Reads only: a turn lists what it writes in {@link SharedChanges}, and
 * the app stores those with the turn, refusing a project write whose reads another turn changed meanwhile.
 */
public interface SharedVariables {

    /** A project variable as stored, with its version: each write raises it. */
    record Stored(Object value, long version) {
        public static final Stored ABSENT = new Stored(null, 0);

        public boolean present() {
            return version > 0;
        }
    }

    /** The bot's project variable {@code name}, or {@link Stored#ABSENT}. */
    Stored project(String bot, String name);

    /** Variable {@code name} of another client's dialog with the bot, or null when it has none. */
    Object client(String bot, String clientId, String name);

    /** No project variables and no other dialogs: for tools and tests without a store. */
    SharedVariables NONE = new SharedVariables() {
        @Override
        public Stored project(String bot, String name) {
            return Stored.ABSENT;
        }

        @Override
        public Object client(String bot, String clientId, String name) {
            return null;
        }
    };

    /**
     * Project variables held in memory, applied as the app applies them (for tests and transcripts);
     * other clients' variables come from {@code dialogs}, which the caller keeps.
     */
    static Memory inMemory(Map<String, Dialog> dialogs) {
        return new Memory(dialogs);
    }

    /** {@link #inMemory}: a map of versioned values, and the dialogs by client. */
    final class Memory implements SharedVariables {
        private final Map<String, Stored> values = new ConcurrentHashMap<>();
        private final Map<String, Dialog> dialogs;

        Memory(Map<String, Dialog> dialogs) {
            this.dialogs = dialogs;
        }

        @Override
        public Stored project(String bot, String name) {
            return values.getOrDefault(bot + "\u0000" + name, Stored.ABSENT);
        }

        @Override
        public Object client(String bot, String clientId, String name) {
            Dialog dialog = dialogs.get(clientId);
            return dialog == null ? null : dialog.variables().get(name);
        }

        /** Stores a turn's project writes; false (storing nothing) when a variable it read has changed since. */
        public synchronized boolean apply(String bot, SharedChanges changes) {
            for (Map.Entry<String, Long> read : changes.projectRead().entrySet()) {
                if (project(bot, read.getKey()).version() != read.getValue()) {
                    return false;
                }
            }
            changes.projectWritten().forEach((name, value) -> {
                long next = project(bot, name).version() + 1;
                values.put(bot + "\u0000" + name, new Stored(value.orElse(null), value.isPresent() ? next : 0));
            });
            return true;
        }
    }
}
