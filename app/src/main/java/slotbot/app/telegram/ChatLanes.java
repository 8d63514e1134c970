package slotbot.app.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed set of single-thread lanes; a chat always runs on the same lane, so one chat's work (its updates and
 * the messages sent to it) runs one piece at a time and in the order it was handed in, while other chats run
 * beside it on the other lanes. Queues are bounded: a lane that is that far behind drops new work and says so.
 */
final class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final String name;
    private final ThreadPoolExecutor[] lanes;
    private final AtomicLong failures = new AtomicLong();

    ChatLanes(String name, int count, int capacity) {
        this.name = name;
        this.lanes = new ThreadPoolExecutor[count];
        for (int i = 0; i < count; i++) {
            String thread = name + "-" + i;
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), runnable -> {
                Thread t = new Thread(runnable, thread);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Queues the work behind what the chat already has queued; false when the lane is full or closed. */
    boolean submit(long chat, String what, Runnable work) {
        try {
            lane(chat).execute(() -> run(chat, what, work));
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("{}: dropped {} for chat {}: its lane is full or closed", name, what, chat);
            return false;
        }
    }

    /** How many pieces of work failed since start: each is logged and the lane goes on with the next. */
    long failures() {
        return failures.get();
    }

    /** Lets queued work finish for a while, then interrupts what still runs. */
    void close(Duration grace) {
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdown();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ThreadPoolExecutor lane : lanes) {
            try {
                if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                lane.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private ThreadPoolExecutor lane(long chat) {
        return lanes[(int) Math.floorMod(Long.hashCode(chat), (long) lanes.length)];
    }

    private void run(long chat, String what, Runnable work) {
        try {
            work.run();
        } catch (Throwable e) {
            log.error("{}: {} for chat {} failed ({} failures since start); going on with the next", name, what, chat,
                    failures.incrementAndGet(), e);
        }
    }
}
