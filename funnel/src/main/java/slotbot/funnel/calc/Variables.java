package slotbot.funnel.calc;

import java.util.Map;

/**
 * Where a run reads and writes variables. The runtime backs it with the dialog's variables
 * (client, project, built-ins); values must be calculator values (see {@link Values}).
 */
public interface Variables {

    Object get(String name);

    boolean has(String name);

    void set(String name, Object value);

    void remove(String name);

    /** An empty, mutable set of variables held in memory. */
    static Variables inMemory() {
        return new MapVariables(Map.of());
    }

    /** Mutable variables starting as a copy of {@code initial}, each value normalized. */
    static Variables of(Map<String, ?> initial) {
        return new MapVariables(initial);
    }
}
