package slotbot.funnel.calc;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Collects the standard functions; each sees its arguments through {@link Args}. */
final class Registry {

    private final Map<String, FunctionLibrary.Entry> entries = new TreeMap<>();

    void add(String name, int minArgs, int maxArgs, Function<Args, Object> body) {
        entries.put(name, new FunctionLibrary.Entry(name, minArgs, maxArgs, null, body));
    }

    Map<String, FunctionLibrary.Entry> entries() {
        return entries;
    }
}
