package slotbot.funnel.dialog;

import java.util.List;

/** A message the bot sends, with its buttons (a button with a url is a link). */
public record Reply(String text, List<ReplyButton> buttons) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public record ReplyButton(String text, String url, int line) {
    }
}
