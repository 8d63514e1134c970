package slotbot.app.webchat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per chat client: a person types a few messages a second at most, a script
 * hundreds. Per instance on purpose: a flood is stopped where it lands, and nothing about a
 * conversation depends on it.
 */
@Component
class ChatFloodGuard {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ChatSettings settings;

    ChatFloodGuard(ChatSettings settings) {
        this.settings = settings;
    }

    int burst() {
        return settings.burst();
    }

    /** Takes a message from the client's allowance: zero if it may go ahead, else how long until it may. */
    Duration waitBefore(String client) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(client, c -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(settings.burst()).refillGreedy(settings.ratePerSecond(), Duration.ofSeconds(1)))
                        .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
