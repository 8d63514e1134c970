package slotbot.funnel.bot;

import java.util.List;

/** A bot file refused whole: each problem names the block, the field and, for code, the line and column. */
public class BotRefused extends RuntimeException {

    private final List<String> problems;

    public BotRefused(String bot, List<String> problems) {
        super("bot " + bot + " refused, " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
