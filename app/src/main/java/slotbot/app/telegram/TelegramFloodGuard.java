package slotbot.app.telegram;

import io.github.bucket4j.Bucket;
import slotbot.app.metrics.RateLimits;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per Telegram chat, as the web chat has per client: a person writes a few messages a second at
 * most, a script hundreds. A refused chat is told so once per flood, not once per message, so that the answer
 * to a flood is not a flood of its own.
 */
final class TelegramFloodGuard {

    private static final int MAX_TRACKED = 100_000;

    enum Admission { ADMITTED, REFUSED_FIRST, REFUSED }

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Set<Long> told = ConcurrentHashMap.newKeySet();
    private final int burst;
    private final int perSecond;
    private final RateLimits refusals;

    /** @param burst messages a chat may send at once; @param perSecond and then per second on average */
    TelegramFloodGuard(int burst, int perSecond, RateLimits refusals) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.refusals = refusals;
    }

    Admission admit(long chat) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
            told.clear();
        }
        boolean admitted = buckets.computeIfAbsent(chat, c -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                        .build())
                .tryConsume(1);
        if (admitted) {
            told.remove(chat);
            return Admission.ADMITTED;
        }
        refusals.refused("telegram_messages");
        return told.add(chat) ? Admission.REFUSED_FIRST : Admission.REFUSED;
    }
}
