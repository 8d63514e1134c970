package slotbot.funnel.dialog;

import java.util.List;

/** A message the bot sends, with its buttons (a button with a url is a link). */
public record Reply(String text, List<ReplyButton> buttons) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    /** @param type null for a plain or link button, or {@link slotbot.funnel.bot.Button#PHONE} */
    public record ReplyButton(String text, String url, int line, String type) {

        public ReplyButton(String text, String url, int line) {
            this(text, url, line, null);
        }

        public boolean asksForPhone() {
            return slotbot.funnel.bot.Button.PHONE.equals(type);
        }
    }
}
