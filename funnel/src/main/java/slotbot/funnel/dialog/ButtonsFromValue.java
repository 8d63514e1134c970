package slotbot.funnel.dialog;

import slotbot.funnel.calc.Render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Buttons from a variable: a list of labels, or of dictionaries as tools_make_button_str_checker
 * makes them ({@code text}, {@code line}, and {@code url} for a link). Anything else makes none.
 */
final class ButtonsFromValue {

    private static final int MAX_BUTTONS = 100;

    private ButtonsFromValue() {
    }

    static List<Reply.ReplyButton> of(Object value) {
        List<Reply.ReplyButton> buttons = new ArrayList<>();
        if (!(value instanceof List<?> items)) {
            return buttons;
        }
        for (int i = 0; i < items.size() && buttons.size() < MAX_BUTTONS; i++) {
            Object item = items.get(i);
            if (item instanceof Map<?, ?> map && map.get("text") != null) {
                buttons.add(new Reply.ReplyButton(Render.text(map.get("text")), url(map.get("url")), line(map.get("line"), i),
                        type(map.get("type"))));
            } else if (item instanceof String || item instanceof BigDecimal) {
                buttons.add(new Reply.ReplyButton(Render.text(item), null, i));
            }
        }
        return buttons;
    }

    private static String url(Object value) {
        // Rendered, not toString(): a list's toString() is as long as the list, Render.text is bounded.
        return value == null || Render.text(value).isBlank() ? null : Render.text(value);
    }

    /** Only phone is a type; anything else makes a plain button, as an unknown key does. */
    private static String type(Object value) {
        return slotbot.funnel.bot.Button.PHONE.equals(value) ? slotbot.funnel.bot.Button.PHONE : null;
    }

    private static int line(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
