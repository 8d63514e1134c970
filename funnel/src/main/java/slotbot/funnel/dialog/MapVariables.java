package slotbot.funnel.dialog;

import slotbot.funnel.calc.Variables;

import java.util.Map;

/** A dialog's variables as the calculator reads and writes them. */
final class MapVariables implements Variables {

    private final Map<String, Object> values;

    MapVariables(Map<String, Object> values) {
        this.values = values;
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
}
