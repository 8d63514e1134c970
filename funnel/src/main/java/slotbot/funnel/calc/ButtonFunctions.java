package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two builder tools behind a list of choices: one turns a list into a numbered text, buttons
 * and an arrow condition; the other finds what the client chose from it.
 */
final class ButtonFunctions {

    private ButtonFunctions() {
    }

    static void register(Registry registry) {
        registry.add("tools_make_button_str_checker", 1, 5, ButtonFunctions::buttons);
        registry.add("tools_check_user_input", 2, 4, ButtonFunctions::choice);
    }

    /**
     * tools_make_button_str_checker(values_list, key, in_line=1, button_type=0, checker_with_numbers=1):
     * {numbered_list: "1. A\n2. B\n", buttons: [{type, text, line, index_in_line}], checker: "A;1;B;2;"}.
     */
    private static Object buttons(Args a) {
        List<String> labels = labels(a, a.list(0), a.get(1));
        int perLine = a.integer(2, 1);
        if (perLine < 1) {
            throw a.error("in_line must be at least 1, got " + perLine + ".");
        }
        String type = buttonType(a);
        boolean numbers = a.flag(4, true);
        a.budget().checkItems(labels.size() * 5L);
        Map<Object, Object> result = new LinkedHashMap<>();
        result.put("numbered_list", numbered(labels, a.budget()));
        result.put("buttons", buttonList(labels, perLine, type));
        result.put("checker", checker(labels, numbers, a.budget()));
        return result;
    }

    private static String buttonType(Args a) {
        int type = a.integer(3, 0);
        if (type != 0 && type != 1) {
            throw a.error("button_type must be 0 (reply) or 1 (inline), got " + type + ".");
        }
        return type == 0 ? "reply" : "inline";
    }

    /** Each item's label: a text or number itself, a dictionary's value at {@code key}. */
    private static List<String> labels(Args a, List<Object> items, Object key) {
        List<String> labels = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            labels.add(label(a, items.get(i), key, i));
        }
        return labels;
    }

    private static String label(Args a, Object item, Object key, int index) {
        if (!(item instanceof Map<?, ?> map)) {
            return Renderer.text(item, a.budget().limits().maxStringLength(), false);
        }
        Object found = Keys.find(map, key);
        if (found == Keys.ABSENT) {
            throw a.error("item " + (index + 1) + " has no key " + Renderer.repr(key, 60) + ".");
        }
        return Renderer.text(map.get(found), a.budget().limits().maxStringLength(), false);
    }

    private static String numbered(List<String> labels, Budget budget) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(i + 1).append(". ").append(labels.get(i)).append('\n');
            budget.checkLength(text.length());
        }
        return text.toString();
    }

    private static List<Object> buttonList(List<String> labels, int perLine, String type) {
        List<Object> buttons = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            Map<Object, Object> button = new LinkedHashMap<>();
            button.put("type", type);
            button.put("text", labels.get(i));
            button.put("line", BigDecimal.valueOf(i / perLine));
            button.put("index_in_line", BigDecimal.valueOf(i % perLine));
            buttons.add(button);
        }
        return buttons;
    }

    /** The arrow condition: every label, each followed by its number unless numbers are off. */
    private static String checker(List<String> labels, boolean numbers, Budget budget) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(labels.get(i)).append(';');
            text.append(numbers ? (i + 1) + ";" : "");
            budget.checkLength(text.length());
        }
        return text.toString();
    }

    /**
     * tools_check_user_input(values_list, user_input, key, return_key): the chosen item's
     * {@code return_key} value (the item itself without one). The input matches a label ignoring
     * case and surrounding spaces, or is the item's number from the numbered list; None otherwise.
     */
    private static Object choice(Args a) {
        List<Object> items = a.list(0);
        String input = normalized(Renderer.text(a.get(1), a.budget().limits().maxStringLength(), false));
        Object key = a.get(2);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (labelOf(item, key).map(label -> normalized(label).equals(input)).orElse(false)) {
                return project(item, a);
            }
        }
        return byNumber(items, input, a);
    }

    private static Object byNumber(List<Object> items, String input, Args a) {
        BigDecimal number = Numbers.parse(input).orElse(null);
        if (number == null || !Numbers.isWhole(number)) {
            return null;
        }
        int position = number.intValue();
        boolean inRange = number.compareTo(BigDecimal.ONE) >= 0 && number.compareTo(BigDecimal.valueOf(items.size())) <= 0;
        return inRange ? project(items.get(position - 1), a) : null;
    }

    private static java.util.Optional<String> labelOf(Object item, Object key) {
        if (!(item instanceof Map<?, ?> map)) {
            return java.util.Optional.of(Render.text(item));
        }
        Object found = Keys.find(map, key);
        return found == Keys.ABSENT ? java.util.Optional.empty() : java.util.Optional.of(Render.text(map.get(found)));
    }

    private static Object project(Object item, Args a) {
        if (!a.given(3) || !(item instanceof Map<?, ?> map)) {
            return item;
        }
        Object found = Keys.find(map, a.get(3));
        return found == Keys.ABSENT ? null : map.get(found);
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
