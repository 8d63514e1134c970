package slotbot.funnel.dialog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A dialog's variables as they were stored, read one at a time: each keeps its stored JSON text and
 * is parsed only when the turn asks for it, so a turn pays for the variables it reads, not for every
 * record the dialog has kept. A variable stays <em>unchanged</em> (written back as its stored text)
 * until it is put, removed, or handed out as a list or dictionary (which its holder might change in
 * place). A text, number, truth value or None handed out stays unchanged, and so does one put back
 * equal to what was stored.
 *
 * <p>A Map with LinkedHashMap's order and semantics; {@link #copyOf} copies one without parsing it.
 */
public final class StoredVariables extends AbstractMap<String, Object> {

    /** Turns one variable's stored JSON text into its calculator value. */
    @FunctionalInterface
    public interface Reader {
        Object read(String json);
    }

    /** One variable's JSON text: characters {@code start} to {@code end} of the dialog's stored text, not copied. */
    public record StoredText(String source, int start, int end) {

        public int length() {
            return end - start;
        }

        @Override
        public String toString() {
            return source.substring(start, end);
        }
    }

    private static final class Slot {
        /** The stored text the value still equals, or null once it may differ from it. */
        StoredText text;
        Object value;
        boolean parsed;

        Slot(StoredText text, Object value, boolean parsed) {
            this.text = text;
            this.value = value;
            this.parsed = parsed;
        }

        Slot copy() {
            return new Slot(text, value, parsed);
        }

        /** Whether the stored text is a list or a dictionary, which no scalar equals. */
        boolean storedContainer() {
            char first = text.source().charAt(text.start());
            return first == '[' || first == '{';
        }

        Object value(Reader reader) {
            if (!parsed) {
                value = reader.read(text.toString());
                parsed = true;
            }
            if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                text = null;
            }
            return value;
        }
    }

    private final Reader reader;
    private final LinkedHashMap<String, Slot> slots;
    private boolean removed;

    private StoredVariables(Reader reader, LinkedHashMap<String, Slot> slots, boolean removed) {
        this.reader = reader;
        this.slots = slots;
        this.removed = removed;
    }

    /** The variables of {@code texts}, in its order, each parsed by {@code reader} when first asked for. */
    public static StoredVariables of(Map<String, StoredText> texts, Reader reader) {
        LinkedHashMap<String, Slot> slots = new LinkedHashMap<>();
        texts.forEach((name, text) -> slots.put(name, new Slot(text, null, false)));
        return new StoredVariables(reader, slots, false);
    }

    /**
     * A mutable copy: of stored variables without parsing them (the copy parses its own), of any other
     * map as variables all changed (none has a stored text).
     */
    public static StoredVariables copyOf(Map<String, Object> values) {
        LinkedHashMap<String, Slot> slots = new LinkedHashMap<>();
        if (values instanceof StoredVariables stored) {
            stored.slots.forEach((name, slot) -> slots.put(name, slot.copy()));
            return new StoredVariables(stored.reader, slots, stored.removed);
        }
        values.forEach((name, value) -> slots.put(name, new Slot(null, value, true)));
        return new StoredVariables(NOTHING_STORED, slots, false);
    }

    private static final Reader NOTHING_STORED = json -> {
        throw new IllegalStateException("no variable here has a stored text");
    };

    /** Whether a variable was put, removed or handed out as a container since they were read. */
    public boolean changed() {
        return removed || slots.values().stream().anyMatch(slot -> slot.text == null);
    }

    /** The stored text of a variable unchanged since it was read, or null (changed, or absent). */
    public StoredText storedText(String name) {
        Slot slot = slots.get(name);
        return slot == null ? null : slot.text;
    }

    @Override
    public int size() {
        return slots.size();
    }

    @Override
    public boolean containsKey(Object name) {
        return slots.containsKey(name);
    }

    @Override
    public Object get(Object name) {
        Slot slot = slots.get(name);
        return slot == null ? null : slot.value(reader);
    }

    @Override
    public Object put(String name, Object value) {
        Slot slot = slots.get(name);
        if (slot == null) {
            slots.put(name, new Slot(null, value, true));
            return null;
        }
        return set(slot, value);
    }

    /**
     * Puts a value without answering the one it replaces, which is then parsed only when the two
     * could be equal (both a text, number, truth value or None): a turn that sets a list again and
     * again pays nothing for the stored one.
     */
    public void set(String name, Object value) {
        Slot slot = slots.get(name);
        if (slot != null && slot.text != null && scalar(value) && !slot.storedContainer()) {
            set(slot, value);
        } else if (slot != null) {
            slot.text = null;
            slot.value = value;
            slot.parsed = true;
        } else {
            slots.put(name, new Slot(null, value, true));
        }
    }

    private static boolean scalar(Object value) {
        return !(value instanceof Map<?, ?> || value instanceof Collection<?>);
    }

    private Object set(Slot slot, Object value) {
        Object old = slot.value(reader);
        // A scalar put back equal to the one stored writes the same JSON: the stored text still holds.
        if (slot.text == null || !Objects.equals(old, value)) {
            slot.text = null;
        }
        slot.value = value;
        return old;
    }

    @Override
    public Object remove(Object name) {
        Slot slot = slots.remove(name);
        if (slot == null) {
            return null;
        }
        removed = true;
        return slot.value(reader);
    }

    @Override
    public void clear() {
        removed |= !slots.isEmpty();
        slots.clear();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<Entry<String, Slot>> each = slots.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        return new Variable(each.next());
                    }

                    @Override
                    public void remove() {
                        each.remove();
                        removed = true;
                    }
                };
            }

            @Override
            public int size() {
                return slots.size();
            }
        };
    }

    /** An entry of {@link #entrySet()}: its value is parsed when asked for. */
    private final class Variable implements Entry<String, Object> {
        private final Entry<String, Slot> slot;

        Variable(Entry<String, Slot> slot) {
            this.slot = slot;
        }

        @Override
        public String getKey() {
            return slot.getKey();
        }

        @Override
        public Object getValue() {
            return slot.getValue().value(reader);
        }

        @Override
        public Object setValue(Object value) {
            return set(slot.getValue(), value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry<?, ?> e && Objects.equals(getKey(), e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
