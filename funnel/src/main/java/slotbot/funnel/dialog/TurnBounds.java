package slotbot.funnel.dialog;

import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.Render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import static slotbot.funnel.bot.BotLimits.MAX_BUTTONS;
import static slotbot.funnel.bot.BotLimits.MAX_BUTTONS_JSON;
import static slotbot.funnel.bot.BotLimits.MAX_BUTTON_TEXT;
import static slotbot.funnel.bot.BotLimits.MAX_BUTTON_URL;
import static slotbot.funnel.bot.BotLimits.MAX_MESSAGE;
import static slotbot.funnel.bot.BotLimits.MAX_VARIABLES_JSON;

/**
 * Keeps what a turn sends and stores within {@link BotLimits}: too long a text is cut, buttons past
 * the bounds are cut or dropped, and variables that outgrow their column keep their values from
 * before the turn. Each time, {@code problem} hears why in English, for the bot's author; the client
 * gets the rest of the turn as usual.
 */
final class TurnBounds {

    /** JSON around one button besides its text and link: {"text":,"url":,"line":100}. */
    private static final int BUTTON_JSON_OVERHEAD = 40;

    private TurnBounds() {
    }

    /** A message's text, rendered with at most one character too many, cut to {@link BotLimits#MAX_MESSAGE}. */
    static String message(String rendered, Consumer<String> problem) {
        if (rendered.length() > MAX_MESSAGE) {
            problem.accept("text: longer than " + MAX_MESSAGE + " characters; sent cut to " + MAX_MESSAGE);
            return Render.cut(rendered, MAX_MESSAGE);
        }
        return rendered;
    }

    static List<Reply.ReplyButton> buttons(List<Reply.ReplyButton> buttons, Consumer<String> problem) {
        List<Reply.ReplyButton> kept = new ArrayList<>();
        long json = 2;
        for (Reply.ReplyButton button : buttons) {
            if (kept.size() == MAX_BUTTONS) {
                problem.accept("buttons: more than " + MAX_BUTTONS + "; the rest were left out");
                break;
            }
            if (button.url() != null && button.url().length() > MAX_BUTTON_URL) {
                problem.accept("button '" + Render.cut(button.text(), 50) + "': its link is longer than "
                        + MAX_BUTTON_URL + " characters; the button was left out");
                continue;
            }
            Reply.ReplyButton bounded = label(button, problem);
            json += BUTTON_JSON_OVERHEAD + JsonSize.string(bounded.text())
                    + (bounded.url() == null ? 0 : JsonSize.string(bounded.url()));
            if (json > MAX_BUTTONS_JSON) {
                problem.accept("buttons: more than " + MAX_BUTTONS_JSON + " characters in all; the rest were left out");
                break;
            }
            kept.add(bounded);
        }
        return kept;
    }

    private static Reply.ReplyButton label(Reply.ReplyButton button, Consumer<String> problem) {
        if (button.text().length() <= MAX_BUTTON_TEXT) {
            return button;
        }
        problem.accept("button '" + Render.cut(button.text(), 50) + "': longer than " + MAX_BUTTON_TEXT
                + " characters; shown cut to " + MAX_BUTTON_TEXT);
        return new Reply.ReplyButton(Render.cut(button.text(), MAX_BUTTON_TEXT), button.url(), button.line(), button.type());
    }

    /**
     * When {@code values} outgrow {@link BotLimits#MAX_VARIABLES_JSON}, every variable this turn
     * changed gets its value from before the turn back (or goes, if it is new): the dialog goes on
     * with the state it had, rather than the turn failing.
     */
    static void variables(Map<String, Object> values, Map<String, Object> before, Consumer<String> problem) {
        long size = JsonSize.of(values, MAX_VARIABLES_JSON);
        if (size <= MAX_VARIABLES_JSON) {
            return;
        }
        List<String> changed = values.keySet().stream()
                .filter(name -> !before.containsKey(name) || !Objects.equals(before.get(name), values.get(name)))
                .toList();
        for (String name : changed) {
            if (before.containsKey(name)) {
                values.put(name, before.get(name));
            } else {
                values.remove(name);
            }
        }
        problem.accept("variables: more than " + MAX_VARIABLES_JSON + " characters as JSON; this turn's changes to "
                + changed + " were not kept");
    }

    /**
     * A turn's writes beyond its dialog, each within its column: a project variable or another
     * client's variable too large to store, or with too long a name, is left out and the author told.
     */
    static SharedChanges shared(SharedChanges changes, Consumer<String> problem) {
        java.util.Map<String, java.util.Optional<Object>> project = new java.util.LinkedHashMap<>();
        changes.projectWritten().forEach((name, value) -> {
            if (fits("project." + name, name, value.orElse(null), BotLimits.MAX_PROJECT_VARIABLE_JSON, problem)) {
                project.put(name, value);
            }
        });
        List<SharedChanges.ClientVariable> clients = changes.clientWritten().stream()
                .filter(v -> fits("client " + Render.cut(v.clientId(), 40) + "'s " + v.name(), v.name(), v.value(),
                        MAX_VARIABLES_JSON / 4, problem))
                .toList();
        return new SharedChanges(changes.projectRead(), project, clients);
    }

    private static boolean fits(String what, String name, Object value, int max, Consumer<String> problem) {
        if (name.length() > BotLimits.MAX_VARIABLE_NAME) {
            problem.accept(Render.cut(what, 80) + ": a name longer than " + BotLimits.MAX_VARIABLE_NAME
                    + " characters; not stored");
            return false;
        }
        if (JsonSize.of(java.util.Map.of("v", value == null ? "" : value), max) > max) {
            problem.accept(Render.cut(what, 80) + ": more than " + max + " characters as JSON; not stored");
            return false;
        }
        return true;
    }
}
