package slotbot.funnel.calc;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The functions a bot's code may call: nothing else is reachable from the calculator. Immutable;
 * {@link #with} returns a copy, so the runtime can add the booking functions and callback per bot.
 */
public final class FunctionLibrary {

    /** A maxArgs meaning "any number of arguments". */
    public static final int VARARGS = Integer.MAX_VALUE;

    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> RESERVED = Set.of("if", "and", "or", "not", "AND", "OR", "NOT", "True", "False", "None");

    /**
     * One function and how many arguments it takes: either a standard one, which reads its
     * arguments through {@link Args} and is charged to the run's budget, or one added with
     * {@link #with}, which receives the caller's context unchanged and whose result is normalized.
     */
    record Entry(String name, int minArgs, int maxArgs, CalcFunction added, Function<Args, Object> standard) {
    }

    private final Map<String, Entry> entries;

    private FunctionLibrary(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Every builder function listed in docs/calculator.md. */
    public static FunctionLibrary standard() {
        Registry registry = new Registry();
        ListFunctions.register(registry);
        TextFunctions.register(registry);
        CodecFunctions.register(registry);
        NumberFunctions.register(registry);
        DateFunctions.register(registry);
        ButtonFunctions.register(registry);
        return new FunctionLibrary(registry.entries());
    }

    /** No functions at all. */
    public static FunctionLibrary empty() {
        return new FunctionLibrary(new TreeMap<>());
    }

    /** A copy with one more function; a name already present is refused rather than replaced. */
    public FunctionLibrary with(String name, int minArgs, int maxArgs, CalcFunction fn) {
        Entry entry = validated(name, minArgs, maxArgs, fn);
        Map<String, Entry> copy = new TreeMap<>(entries);
        copy.put(name, entry);
        return new FunctionLibrary(copy);
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    public Set<String> names() {
        return entries.keySet();
    }

    Entry entry(String name) {
        return entries.get(name);
    }

    private Entry validated(String name, int minArgs, int maxArgs, CalcFunction fn) {
        Objects.requireNonNull(fn, "fn");
        if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException("Function name must be a calculator name, got '" + name + "'");
        }
        if (has(name)) {
            throw new IllegalArgumentException("Function '" + name + "' is already in the library");
        }
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException("Function '" + name + "' needs 0 <= minArgs <= maxArgs, got "
                    + minArgs + " and " + maxArgs);
        }
        return new Entry(name, minArgs, maxArgs, fn, null);
    }

    @Override
    public String toString() {
        return "FunctionLibrary" + entries.keySet();
    }
}
