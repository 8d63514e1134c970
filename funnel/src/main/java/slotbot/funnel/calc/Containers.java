package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading, setting and deleting items. Values are never changed in place: setting an item copies
 * the containers on the path from the variable to the item, so two variables never share a
 * change and no value can come to contain itself.
 */
final class Containers {

    private Containers() {
    }

    static Object get(Object container, Object key) {
        if (container instanceof List<?> list) {
            return list.get(position(key, list.size()));
        }
        if (container instanceof String text) {
            int at = position(key, Texts.length(text), "a text of " + Texts.length(text) + " characters");
            return Texts.slice(text, at, at + 1);
        }
        if (container instanceof Map<?, ?> map) {
            return map.get(existing(map, key));
        }
        throw new CalcException("Cannot index " + Values.typeName(container) + ".");
    }

    /** A copy of {@code root} with the item at {@code keys} set to {@code value}. */
    static Object set(Object root, List<Object> keys, Object value, Budget budget) {
        return change(root, keys, 0, budget, (copy, key) -> put(copy, key, value));
    }

    /** A copy of {@code root} without the item at {@code keys}. */
    static Object delete(Object root, List<Object> keys, Budget budget) {
        return change(root, keys, 0, budget, Containers::remove);
    }

    private interface Change {
        void apply(Object copy, Object key);
    }

    private static Object change(Object container, List<Object> keys, int level, Budget budget, Change change) {
        Object copy = copy(container, budget);
        Object key = keys.get(level);
        if (level == keys.size() - 1) {
            change.apply(copy, key);
        } else {
            put(copy, key, change(get(container, key), keys, level + 1, budget, change));
        }
        return copy;
    }

    private static Object copy(Object container, Budget budget) {
        if (container instanceof List<?> list) {
            budget.charge(list.size());
            return new ArrayList<Object>(list);
        }
        if (container instanceof Map<?, ?> map) {
            budget.charge(map.size());
            return new LinkedHashMap<Object, Object>(map);
        }
        throw new CalcException("Cannot set an item in " + Values.typeName(container) + ".");
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, Object key, Object value) {
        if (container instanceof List<?> list) {
            ((List<Object>) list).set(position(key, list.size()), value);
        } else {
            Map<Object, Object> map = (Map<Object, Object>) container;
            Object found = Keys.find(map, key);
            map.put(found == Keys.ABSENT ? Keys.canonical(key) : found, value);
        }
    }

    private static void remove(Object container, Object key) {
        if (container instanceof List<?> list) {
            list.remove(position(key, list.size()));
        } else {
            Map<?, ?> map = (Map<?, ?>) container;
            map.remove(existing(map, key));
        }
    }

    private static Object existing(Map<?, ?> map, Object key) {
        Object found = Keys.find(map, key);
        if (found == Keys.ABSENT) {
            Keys.canonical(key);
            throw new CalcException("Key " + Renderer.repr(key, 60) + " not found in the dictionary.");
        }
        return found;
    }

    /** A list position from an index that may count from the end (-1 is the last item). */
    static int position(Object key, int size) {
        return position(key, size, "a list of " + (size == 1 ? "1 item" : size + " items"));
    }

    private static int position(Object key, int size, String container) {
        int index = index(key);
        int at = index < 0 ? index + size : index;
        if (at < 0 || at >= size) {
            throw new CalcException("Index " + index + " is out of range for " + container + ".");
        }
        return at;
    }

    static int index(Object key) {
        BigDecimal number = key instanceof Boolean ? null : Numbers.numeric(key).orElse(null);
        if (number == null) {
            throw new CalcException("Index must be a whole number, got " + Values.typeName(key) + ".");
        }
        return Numbers.toInt(number, "Index");
    }
}
