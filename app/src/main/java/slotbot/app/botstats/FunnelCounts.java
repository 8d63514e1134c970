package slotbot.app.botstats;

import java.util.List;

/**
 * A bot's funnel over a range of dates: the dialogs that entered any block in it ({@code clients}), those
 * whose client the bot's code booked in it, and per block its entries, the dialogs that entered it, and of
 * those how many went on (their last block in the range is another one). Each dialog stops at exactly one
 * block, so the blocks' stops add up to {@code clients} and no block loses more than reached it.
 */
public record FunnelCounts(long clients, long bookedClients, List<BlockCounts> blocks) {

    public FunnelCounts {
        blocks = List.copyOf(blocks);
    }

    /** @param wentOn the dialogs that entered the block and reached another block after their last entry into it */
    public record BlockCounts(String id, long visits, long clients, long wentOn) {

        /** The dialogs whose last block in the range is this one. */
        public long stopped() {
            return clients - wentOn;
        }
    }
}
