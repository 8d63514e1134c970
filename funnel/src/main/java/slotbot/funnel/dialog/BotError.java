package slotbot.funnel.dialog;

/** A fault of the bot's author seen during a turn: the client got on with the dialog, the owner reads this in the log. */
public record BotError(String bot, String block, int line, int column, String message) {

    @Override
    public String toString() {
        return "bot " + bot + ", block '" + block + "'" + (line > 0 ? ", [" + line + ":" + column + "]" : "") + ": " + message;
    }
}
