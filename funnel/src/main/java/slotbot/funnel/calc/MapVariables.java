package slotbot.funnel.calc;

import java.util.HashMap;
import java.util.Map;

/** Variables held in a map: for tests, templates and callers without a dialog. */
final class MapVariables implements Variables {

    private final Map<String, Object> values = new HashMap<>();

    MapVariables(Map<String, ?> initial) {
        initial.forEach((name, value) -> values.put(name, Values.normalize(value)));
    }

    @Override
    public Object get(String name) {
        return values.get(name);
    }

    @Override
    public boolean has(String name) {
        return values.containsKey(name);
    }

    @Override
    public void set(String name, Object value) {
        values.put(name, value);
    }

    @Override
    public void remove(String name) {
        values.remove(name);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
