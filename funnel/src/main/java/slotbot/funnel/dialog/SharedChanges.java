package slotbot.funnel.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a turn did beyond its own dialog, for the app to store with it.
 *
 * @param projectRead    the version of each project variable the turn read (0: it was not set)
 * @param projectWritten each project variable the turn set (empty: removed), in the order written
 * @param clientWritten  variables set in other clients' dialogs with set_client_var
 */
public record SharedChanges(Map<String, Long> projectRead, Map<String, Optional<Object>> projectWritten,
                            List<ClientVariable> clientWritten) {

    public static final SharedChanges NONE = new SharedChanges(Map.of(), Map.of(), List.of());

    public SharedChanges {
        projectRead = Map.copyOf(projectRead);
        projectWritten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(projectWritten));
        clientWritten = List.copyOf(clientWritten);
    }

    /** A variable set in another client's dialog with the same bot. */
    public record ClientVariable(String clientId, String name, Object value) {
    }

    public boolean writesProject() {
        return !projectWritten.isEmpty();
    }
}
