package slotbot.funnel.dialog;

import java.time.Instant;

/**
 * A delayed arrow waiting to fire: the block it leaves from, the visit and timer epoch it was set
 * in, and when. Whether the client has left is decided when it fires, not by removing it.
 */
public record Timer(String block, int arrowIndex, long visit, long epoch, boolean keep, Instant fireAt) {
}
