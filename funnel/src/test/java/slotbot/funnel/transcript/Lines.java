package slotbot.funnel.transcript;

import slotbot.funnel.dialog.BotError;
import slotbot.funnel.dialog.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what a conversation shows, one line per row, each marked by who it is for: no mark for the
 * header's client, the client's id before the sign for any other ({@code web-2< Готово}).
 */
final class Lines {

    private final String mainClient;
    private final List<String> out = new ArrayList<>();

    Lines(String mainClient) {
        this.mainClient = mainClient;
    }

    List<String> lines() {
        return out;
    }

    /** A bot message: its first line after "<", the next ones after "|", then its buttons a row per line. */
    void reply(String client, Reply reply) {
        String[] rows = reply.text().split("\n", -1);
        add(client, "<", rows[0]);
        for (int i = 1; i < rows.length; i++) {
            add(client, "|", rows[i]);
        }
        buttons(client, reply.buttons());
    }

    private void buttons(String client, List<Reply.ReplyButton> buttons) {
        StringBuilder row = new StringBuilder();
        Integer line = null;
        for (Reply.ReplyButton button : buttons) {
            if (line != null && button.line() != line) {
                add(client, " ", row.toString());
                row.setLength(0);
            }
            row.append(row.isEmpty() ? "" : " ").append('[').append(button.text()).append(']');
            if (button.url() != null) {
                row.append('(').append(button.url()).append(')');
            }
            line = button.line();
        }
        if (!row.isEmpty()) {
            add(client, " ", row.toString());
        }
    }

    /** A fault the bot's author reads (the app keeps it in bot_error); the client never sees it. */
    void error(String client, BotError error) {
        String at = error.line() > 0 ? " [" + error.line() + ":" + error.column() + "]" : "";
        add(client, "!!", "block '" + error.block() + "'" + at + ": " + error.message());
    }

    /** Something the runtime does by itself: a timer set or fired, a callback delivered. */
    void event(String client, String text) {
        add(client, "*", text);
    }

    /** The answer of an outside call of a booking function. */
    void answer(String client, String text) {
        add(client, "=", text);
    }

    private void add(String client, String sign, String text) {
        String who = client.equals(mainClient) ? "" : client;
        out.add((who + sign + (text.isEmpty() ? "" : " " + text)).stripTrailing());
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        long[] sizes = {86400, 3600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                text.append(text.isEmpty() ? "" : " ").append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return text.isEmpty() ? "0s" : text.toString();
    }
}
