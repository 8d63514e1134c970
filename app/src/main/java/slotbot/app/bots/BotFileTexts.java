package slotbot.app.bots;

import slotbot.app.text.HostileText;
import slotbot.app.text.HostileText.Form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text of a parsed bot file against {@link HostileText}, before the file is read: a YAML escape
 * such as "\0" puts a control character into a value that the raw file never shows, and a block text
 * or an id holding NUL would fail every turn that stores it. Ids and names (the fields below, and every
 * key) take no control character at all; texts and code keep their tabs and line breaks.
 */
final class BotFileTexts {

    /** The fields of a bot file whose value is an id or a name rather than text or code. */
    private static final Set<String> NAMES = Set.of("id", "start", "to", "variable", "save_to", "timezone", "match");

    private BotFileTexts() {
    }

    /** Each problem as "bot demo, blocks[2].id: expected ..., got ..."; empty when every text is fine. */
    static List<String> problems(String bot, Map<?, ?> file) {
        List<String> problems = new ArrayList<>();
        check(file, "", Form.TEXT, "bot " + bot, problems);
        return problems;
    }

    private static void check(Object value, String path, Form form, String bot, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                String where = path.isEmpty() ? name : path + "." + name;
                report(name, Form.NAME, bot, where + " (the field's name)", problems);
                check(item, where, NAMES.contains(name) ? Form.NAME : Form.TEXT, bot, problems);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]", form, bot, problems);
            }
        } else if (value instanceof String text) {
            report(text, form, bot, path, problems);
        }
    }

    private static void report(String text, Form form, String bot, String where, List<String> problems) {
        String refusal = HostileText.refusal(text, form);
        if (refusal != null) {
            problems.add(bot + ", " + where + ": " + refusal);
        }
    }
}
