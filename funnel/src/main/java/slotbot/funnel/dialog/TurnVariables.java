package slotbot.funnel.dialog;

import slotbot.funnel.calc.Variables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A turn's variables as the calculator reads and writes them, with the builder's prefixes:
 * {@code project.x} (or {@code проект.x}) is the bot's project variable, shared by every client;
 * {@code client.x} (or {@code клиент.x}) and a bare {@code x} are the dialog's own. A bare name the
 * dialog does not have reads the project variable of that name, as the builder reads without prefix.
 */
final class TurnVariables implements Variables {

    private static final List<String> PROJECT = List.of("project.", "проект.");
    private static final List<String> CLIENT = List.of("client.", "клиент.");

    private final StoredVariables values;
    private final String bot;
    private final SharedVariables shared;
    private final Map<String, SharedVariables.Stored> projectRead = new LinkedHashMap<>();
    private final Map<String, Optional<Object>> projectWritten = new LinkedHashMap<>();
    private final List<SharedChanges.ClientVariable> clientWritten = new ArrayList<>();

    TurnVariables(StoredVariables values, String bot, SharedVariables shared) {
        this.values = values;
        this.bot = bot;
        this.shared = shared;
    }

    @Override
    public Object get(String name) {
        String project = strip(name, PROJECT);
        if (project != null) {
            return project(project).orElse(null);
        }
        String own = own(name);
        return values.containsKey(own) || !own.equals(name) ? values.get(own) : project(name).orElse(null);
    }

    @Override
    public boolean has(String name) {
        String project = strip(name, PROJECT);
        if (project != null) {
            return project(project).isPresent();
        }
        String own = own(name);
        return values.containsKey(own) || (own.equals(name) && project(name).isPresent());
    }

    @Override
    public void set(String name, Object value) {
        String project = strip(name, PROJECT);
        if (project == null) {
            values.set(own(name), value);
        } else {
            // None removes a project variable: the store keeps no empty ones.
            projectWritten.put(project, Optional.ofNullable(value));
        }
    }

    @Override
    public void remove(String name) {
        String project = strip(name, PROJECT);
        if (project == null) {
            values.remove(own(name));
        } else {
            projectWritten.put(project, Optional.empty());
        }
    }

    /** set_client_var for another client of the bot: stored with the turn. */
    void setOtherClient(String clientId, String name, Object value) {
        clientWritten.add(new SharedChanges.ClientVariable(clientId, own(name), value));
    }

    Object otherClient(String clientId, String name) {
        return shared.client(bot, clientId, own(name));
    }

    SharedChanges changes() {
        Map<String, Long> versions = new LinkedHashMap<>();
        projectRead.forEach((name, stored) -> versions.put(name, stored.version()));
        return new SharedChanges(versions, projectWritten, clientWritten);
    }

    /** The project variable, as this turn left it or as the store has it (read once per turn). */
    private Optional<Object> project(String name) {
        if (projectWritten.containsKey(name)) {
            return projectWritten.get(name);
        }
        SharedVariables.Stored stored = projectRead.computeIfAbsent(name, n -> shared.project(bot, n));
        return stored.present() ? Optional.ofNullable(stored.value()) : Optional.empty();
    }

    private static String own(String name) {
        String client = strip(name, CLIENT);
        return client == null ? name : client;
    }

    private static String strip(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return null;
    }
}
