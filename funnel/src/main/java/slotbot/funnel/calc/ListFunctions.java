package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The builder's list and dictionary functions (its pages «Для работы с массивами» and «Для работы
 * со словарями»). None changes its arguments: each returns a new value, so code writes
 * {@code dates = append(dates, 'Назад')}.
 */
final class ListFunctions {

    private ListFunctions() {
    }

    static void register(Registry registry) {
        registry.add("get_values_by_key", 2, 2, a -> valuesByKey(a.list(0), a.get(1)));
        registry.add("append", 2, 3, a -> appended(a.list(0), item(a, 1, 2)));
        registry.add("insert", 3, 4, a -> inserted(a.list(0), a.integer(1), item(a, 2, 3)));
        registry.add("del", 2, 2, ListFunctions::without);
        registry.add("remove", 2, 2, a -> removed(a.list(0), a.get(1)));
        registry.add("index", 2, 2, ListFunctions::indexOf);
        registry.add("in_array", 2, 2, ListFunctions::contains);
        registry.add("arr_len", 0, 1, ListFunctions::arrLen);
        registry.add("sort", 1, 3, ListFunctions::sorted);
        registry.add("sort_by_value", 1, 2, ListFunctions::sortedByValue);
        registry.add("array_slice", 2, 3, ListFunctions::slice);
        registry.add("remove_duplicates", 1, 1, a -> new ArrayList<>(unique(a.list(0)).values()));
        registry.add("cross_arr", 2, 2, a -> overlap(a.list(0), a.list(1), true));
        registry.add("except_arr", 2, 2, a -> overlap(a.list(0), a.list(1), false));
        registry.add("sum_array", 1, 1, ListFunctions::sum);
        registry.add("exist_key", 2, 2, ListFunctions::hasKey);
        registry.add("dict_keys_to_array", 1, 1, a -> new ArrayList<>(a.dictionary(0).keySet()));
        registry.add("dict_values_to_array", 1, 1, a -> new ArrayList<>(a.dictionary(0).values()));
        registry.add("massive_to_text", 1, 5, ListFunctions::massiveToText);
        registry.add("join", 1, 2, ListFunctions::joined);
        registry.add("get", 2, 3, ListFunctions::getOrDefault);
        registry.add("set", 3, 3, ListFunctions::withItem);
        registry.add("key_index", 2, 2, ListFunctions::keyIndex);
        registry.add("count_occurrences", 2, 2, ListFunctions::occurrences);
        registry.add("shuffle_massive", 1, 1, ListFunctions::shuffled);
        registry.add("select_random_from_list", 1, 1, ListFunctions::randomItem);
        registry.add("select_random", 1, 1, ListFunctions::randomItem);
        registry.add("humanize", 1, 4, ListFunctions::humanized);
        registry.add("unpack_list", 1, 2, ListFunctions::unpacked);
    }

    /** The value at {@code key} of every dictionary in the list that has it. */
    private static List<Object> valuesByKey(List<Object> list, Object key) {
        List<Object> values = new ArrayList<>();
        for (Object item : list) {
            Object found = item instanceof Map<?, ?> map ? Keys.find(map, key) : Keys.ABSENT;
            if (found != Keys.ABSENT) {
                values.add(((Map<?, ?>) item).get(found));
            }
        }
        return values;
    }

    private static List<Object> appended(List<Object> list, Object item) {
        List<Object> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** Python's list.insert: the index may count from the end and is clamped to the list. */
    private static List<Object> inserted(List<Object> list, int index, Object item) {
        List<Object> copy = new ArrayList<>(list);
        copy.add(Texts.bound(index, list.size()), item);
        return copy;
    }

    private static Object without(Args a) {
        if (!(a.get(0) instanceof List<?>) && !(a.get(0) instanceof Map<?, ?>)) {
            throw a.wrong(0, "a list or a dictionary");
        }
        return Containers.delete(a.get(0), List.of(key(a.get(1))), a.budget());
    }

    private static Object key(Object key) {
        if (key instanceof String || key instanceof Number) {
            return key;
        }
        throw new CalcException("Index must be a whole number, got " + Values.typeName(key) + ".");
    }

    /** Without the first item equal to {@code item}; the same items if there is none. */
    private static List<Object> removed(List<Object> list, Object item) {
        List<Object> copy = new ArrayList<>(list);
        int at = position(list, item);
        if (at >= 0) {
            copy.remove(at);
        }
        return copy;
    }

    private static int position(List<Object> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (Values.equal(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    /** Position of an item in a list, or of a piece in a text; -1 when absent. */
    private static Object indexOf(Args a) {
        if (a.get(0) instanceof String) {
            String text = a.text(0);
            int at = text.indexOf(a.text(1));
            return BigDecimal.valueOf(at < 0 ? -1 : text.codePointCount(0, at));
        }
        return BigDecimal.valueOf(position(a.list(0), a.get(1)));
    }

    /** An item in a list, a key in a dictionary, a piece in a text. */
    static boolean contains(Args a) {
        Object container = a.get(0);
        if (container instanceof Map<?, ?> map) {
            return Keys.find(map, a.get(1)) != Keys.ABSENT;
        }
        if (container instanceof String) {
            return a.text(0).contains(a.text(1));
        }
        return position(a.list(0), a.get(1)) >= 0;
    }

    /**
     * sort(list, reverse) and sort(dict, reverse), a dictionary by its keys, as the builder; and our
     * sort(dictionaries, key) / sort(dictionaries, key, reverse) for a list of dictionaries.
     */
    private static Object sorted(Args a) {
        if (a.get(0) instanceof Map<?, ?>) {
            Comparator<Map.Entry<Object, Object>> byKey = (x, y) -> Operators.compare(x.getKey(), y.getKey());
            return sortedEntries(a, new ArrayList<>(a.dictionary(0).entrySet()), a.flag(1, false) ? byKey.reversed() : byKey);
        }
        List<Object> items = new ArrayList<>(a.list(0));
        Object key = a.get(1) instanceof String text && !text.isEmpty() ? text : null;
        boolean reverse = key == null ? a.flag(1, false) : a.flag(2, false);
        Comparator<Object> order = (x, y) -> Operators.compare(sortKey(x, key), sortKey(y, key));
        try {
            items.sort(reverse ? order.reversed() : order);
        } catch (IllegalArgumentException e) {
            throw a.error("the items mix kinds that cannot be put in one order.");
        }
        return items;
    }

    private static Object sortKey(Object item, Object key) {
        if (key == null) {
            return item;
        }
        Object found = item instanceof Map<?, ?> map ? Keys.find(map, key) : Keys.ABSENT;
        if (found == Keys.ABSENT) {
            throw new CalcException("Cannot sort by " + Renderer.repr(key, 60) + ": an item has no such key.");
        }
        return ((Map<?, ?>) item).get(found);
    }

    /** Python's slice [start:end] of a list or a text. */
    private static Object slice(Args a) {
        int length = a.length(0);
        int from = Texts.bound(a.integer(1), length);
        int to = Math.max(from, Texts.bound(a.integer(2, length), length));
        if (a.get(0) instanceof String text) {
            return Texts.slice(text, from, to);
        }
        return new ArrayList<>(a.list(0).subList(from, to));
    }

    /** Items by identity, first occurrence kept. Items compare strictly: 5 and '5' differ. */
    private static Map<Object, Object> unique(List<Object> list) {
        Map<Object, Object> seen = new LinkedHashMap<>();
        for (Object item : list) {
            seen.putIfAbsent(identity(item, 0), item);
        }
        return seen;
    }

    private static List<Object> overlap(List<Object> first, List<Object> second, boolean keep) {
        Set<Object> others = new HashSet<>(unique(second).keySet());
        List<Object> result = new ArrayList<>();
        unique(first).forEach((identity, item) -> {
            if (others.contains(identity) == keep) {
                result.add(item);
            }
        });
        return result;
    }

    /** A form with value equality and hashing: numbers canonical, containers item by item. */
    private static Object identity(Object value, int depth) {
        if (depth > Values.MAX_DEPTH) {
            throw new LimitExceeded("Value is nested too deeply: more than " + Values.MAX_DEPTH + " levels.");
        }
        if (value instanceof Number number) {
            return Numbers.canonical(Numbers.of(number));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> identity(item, depth + 1)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, identity(v, depth + 1)));
            return copy;
        }
        return value;
    }

    /** sum_array([1, 2, '-4']), or the list written as text: '[1,2,3,4]'. */
    private static Object sum(Args a) {
        List<Object> list = listOrText(a, 0);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            BigDecimal number = item instanceof Boolean ? null : Numbers.numeric(item).orElse(null);
            if (number == null) {
                throw a.error("array has unsupported elements: item " + (i + 1) + " is "
                        + (item instanceof String ? Renderer.repr(Render.cut((String) item, 30), 40) : Values.typeName(item))
                        + ", not a number.");
            }
            total = Numbers.checked(total.add(number));
        }
        return total;
    }

    /** A key of a dictionary, or a valid index of a list. */
    private static boolean hasKey(Args a) {
        if (a.get(0) instanceof List<?> list) {
            try {
                Containers.position(a.get(1), list.size());
                return true;
            } catch (CalcException e) {
                return false;
            }
        }
        return Keys.find(a.dictionary(0), a.get(1)) != Keys.ABSENT;
    }

    /** join(list, separator): our own, the items as texts joined by a separator, a line break unless given. */
    private static Object joined(Args a) {
        List<Object> list = a.list(0);
        String separator = a.text(1, "\n");
        Budget budget = a.budget();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            String item = Renderer.text(list.get(i), budget.limits().maxStringLength(), false);
            budget.checkLength((long) text.length() + item.length() + separator.length());
            text.append(i == 0 ? "" : separator).append(item);
        }
        return text.toString();
    }

    /** set(container, key, value): get's pair, a copy of a list or dictionary with one item set, as name[key] = value does. */
    private static Object withItem(Args a) {
        if (!(a.get(0) instanceof List<?>) && !(a.get(0) instanceof Map<?, ?>)) {
            throw a.wrong(0, "a list or a dictionary");
        }
        return Containers.set(a.get(0), List.of(key(a.get(1))), a.get(2), a.budget());
    }

    /** An item that may be missing: the default (None unless given) instead of an error. */
    private static Object getOrDefault(Args a) {
        Object container = a.get(0);
        Object fallback = a.get(2);
        if (container instanceof Map<?, ?> map) {
            Object found = Keys.find(map, a.get(1));
            return found == Keys.ABSENT ? fallback : map.get(found);
        }
        if (!(container instanceof List<?>) && !(container instanceof String)) {
            return fallback;
        }
        try {
            return Containers.get(container, a.get(1));
        } catch (CalcException e) {
            return fallback;
        }
    }

    /**
     * append(list, item, True) / insert(list, i, item, True): as the builder, an item goes in as text
     * unless the flag says it is JSON; then a text holding a list or dictionary goes in as that value.
     */
    private static Object item(Args a, int at, int flagAt) {
        Object item = a.get(at);
        if (!a.flag(flagAt, false)) {
            return item instanceof String ? item : Renderer.text(item, a.budget().limits().maxStringLength(), false);
        }
        if (item instanceof String text) {
            return Literals.read(text.strip(), a.budget()).orElse(text);
        }
        return item;
    }

    /** arr_len(x): the items of a list or dictionary; 0 with no argument and -1 for anything else, as the builder. */
    private static Object arrLen(Args a) {
        if (a.size() == 0) {
            return BigDecimal.ZERO;
        }
        Object value = a.get(0);
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return BigDecimal.valueOf(a.length(0));
        }
        return BigDecimal.valueOf(-1);
    }

    /** A list, or a text that writes one ('[1,2,3]'), as the builder accepts both. */
    @SuppressWarnings("unchecked")
    private static List<Object> listOrText(Args a, int index) {
        if (a.get(index) instanceof String text) {
            Object read = Literals.read(text.strip(), a.budget()).orElse(null);
            if (read instanceof List<?> list) {
                return (List<Object>) list;
            }
            throw a.wrong(index, "a list, or a text that writes one such as '[1, 2, 3]'");
        }
        return a.list(index);
    }

    /** sort_by_value(dict, reverse=False): the dictionary with its entries in the order of their values. */
    private static Object sortedByValue(Args a) {
        Map<Object, Object> dictionary = a.dictionary(0);
        boolean reverse = a.flag(1, false);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(dictionary.entrySet());
        Comparator<Map.Entry<Object, Object>> order = (x, y) -> Operators.compare(x.getValue(), y.getValue());
        return sortedEntries(a, entries, reverse ? order.reversed() : order);
    }

    private static Map<Object, Object> sortedEntries(Args a, List<Map.Entry<Object, Object>> entries,
                                                     Comparator<Map.Entry<Object, Object>> order) {
        try {
            entries.sort(order);
        } catch (IllegalArgumentException e) {
            throw a.error("the values mix kinds that cannot be put in one order.");
        }
        Map<Object, Object> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /**
     * massive_to_text(list, header, numbered, delimiter1=';', delimiter2=')'): one line per item ending
     * with delimiter1, numbered "1) " when numbered is given, under the header when there is one.
     */
    private static Object massiveToText(Args a) {
        List<Object> list = a.list(0);
        String header = a.text(1, "");
        boolean numbered = a.given(2) && a.flag(2, false);
        String end = a.given(3) ? a.text(3) : ";";
        String afterNumber = a.given(4) ? a.text(4) : ")";
        Budget budget = a.budget();
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < list.size(); i++) {
            String item = Renderer.text(list.get(i), budget.limits().maxStringLength(), false);
            String line = (numbered ? (i + 1) + afterNumber + " " : "") + item + end;
            budget.checkLength((long) text.length() + line.length() + 1);
            text.append(text.length() == 0 ? "" : "\n").append(line);
        }
        return text.toString();
    }

    /** key_index(dict, key): the key's position, from 0; -1 when it is not there. */
    private static Object keyIndex(Args a) {
        Map<Object, Object> dictionary = a.dictionary(0);
        Object key = Keys.find(dictionary, a.get(1));
        int position = 0;
        for (Object existing : dictionary.keySet()) {
            if (existing.equals(key)) {
                return BigDecimal.valueOf(position);
            }
            position++;
        }
        return BigDecimal.valueOf(-1);
    }

    /** count_occurrences(list, item) or (text, piece): how many items equal it, or how often the piece occurs. */
    private static Object occurrences(Args a) {
        if (a.get(0) instanceof String) {
            String piece = a.text(1);
            return BigDecimal.valueOf(piece.isEmpty() ? 0 : TextFunctions.occurrences(a.text(0), piece));
        }
        List<Object> list = a.list(0);
        return BigDecimal.valueOf(list.stream().filter(item -> Values.equal(item, a.get(1))).count());
    }

    private static Object shuffled(Args a) {
        List<Object> copy = new ArrayList<>(a.list(0));
        for (int i = copy.size() - 1; i > 0; i--) {
            java.util.Collections.swap(copy, i, a.random().nextInt(i + 1));
        }
        return copy;
    }

    /** select_random_from_list(list): one item chosen at random; None for an empty list. */
    private static Object randomItem(Args a) {
        List<Object> list = a.list(0);
        return list.isEmpty() ? null : list.get(a.random().nextInt(list.size()));
    }

    /**
     * humanize(dict, delimiter=': ', from_i, to_i): one line per entry, "key: value", from entry
     * from_i to before to_i (counted from 0).
     */
    private static Object humanized(Args a) {
        Map<Object, Object> dictionary = a.dictionary(0);
        String delimiter = a.given(1) ? a.text(1) : ": ";
        int from = Texts.bound(a.integer(2, 0), dictionary.size());
        int to = Texts.bound(a.integer(3, dictionary.size()), dictionary.size());
        Budget budget = a.budget();
        StringBuilder text = new StringBuilder();
        int position = 0;
        for (Map.Entry<Object, Object> entry : dictionary.entrySet()) {
            if (position >= from && position < to) {
                String line = Renderer.text(entry.getKey(), budget.limits().maxStringLength(), false) + delimiter
                        + Renderer.text(entry.getValue(), budget.limits().maxStringLength(), false);
                budget.checkLength((long) text.length() + line.length() + 1);
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
            position++;
        }
        return text.toString();
    }

    /** The most variables one unpack_list may create: a dialog keeps at most a few hundred well. */
    static final int MAX_UNPACKED = 100;

    /** unpack_list(list, var_name='var'): sets var1, var2, … to the items; answers how many it set. */
    private static Object unpacked(Args a) {
        List<Object> list = a.list(0);
        String prefix = a.given(1) ? a.text(1) : "var";
        if (!prefix.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
            throw a.error("var_name must be a variable name such as 'item', got " + Renderer.repr(Render.cut(prefix, 30), 40) + ".");
        }
        if (list.size() > MAX_UNPACKED) {
            throw a.error("unpacks at most " + MAX_UNPACKED + " items, got " + list.size() + ".");
        }
        for (int i = 0; i < list.size(); i++) {
            a.variables().set(prefix + (i + 1), list.get(i));
        }
        return BigDecimal.valueOf(list.size());
    }
}
