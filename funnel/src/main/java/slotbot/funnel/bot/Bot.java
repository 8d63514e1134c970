package slotbot.funnel.bot;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bot: blocks joined by arrows. A new client begins in {@code start}; {@code fallback} is what the
 * bot says to input nothing matched.
 *
 * @param fuzzyThreshold the similarity from 0 to 1 a fuzzy condition needs
 */
public record Bot(String name, String start, String fallback, ZoneId zone, double fuzzyThreshold, List<Block> blocks) {

    private static final Comparator<Block> BY_TRIGGER_PRIORITY =
            Comparator.comparingInt((Block b) -> b.trigger().priority()).reversed();

    public Bot {
        blocks = List.copyOf(blocks);
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Block startBlock() {
        return block(start).orElseThrow();
    }

    /** Start-condition blocks (state blocks with a trigger), higher priority first, ties in file order. */
    public List<Block> startConditionBlocks() {
        return blocks.stream().filter(b -> b.trigger() != null && b.state()).sorted(BY_TRIGGER_PRIORITY).toList();
    }

    /** Quick answers (non-state blocks with a trigger), higher priority first. */
    public List<Block> quickAnswers() {
        return blocks.stream().filter(b -> b.trigger() != null && !b.state()).sorted(BY_TRIGGER_PRIORITY).toList();
    }

    public Map<String, Block> byId() {
        Map<String, Block> map = new LinkedHashMap<>();
        blocks.forEach(b -> map.put(b.id(), b));
        return map;
    }
}
