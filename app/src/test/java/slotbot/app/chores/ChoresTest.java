package slotbot.app.chores;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChoresTest {

    private Chores chores;

    @AfterEach
    void stop() {
        if (chores != null && chores.isRunning()) {
            chores.stop();
        }
    }

    @Test
    void runsEveryChoreAgainAndAgainWhileRunning() {
        Counted heartbeat = new Counted(Duration.ofMillis(5), false);
        Counted poll = new Counted(Duration.ofMillis(5), false);
        chores = new Chores(List.of(heartbeat, poll));
        assertThat(chores.isRunning()).isFalse();

        chores.start();

        assertThat(chores.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> heartbeat.runs.get() >= 3 && poll.runs.get() >= 3);
    }

    @Test
    void aChoreThatThrowsStillRunsAgain() {
        Counted failing = new Counted(Duration.ofMillis(5), true);
        chores = new Chores(List.of(failing));

        chores.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> failing.runs.get() >= 3);
    }

    @Test
    void stoppedChoresRunNoMoreAndCanStartAgain() {
        Counted heartbeat = new Counted(Duration.ofMillis(5), false);
        chores = new Chores(List.of(heartbeat));
        chores.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> heartbeat.runs.get() >= 1);

        chores.stop();
        assertThat(chores.isRunning()).isFalse();
        int afterStop = heartbeat.runs.get();
        chores.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> heartbeat.runs.get() > afterStop);
    }

    private static final class Counted implements Chore {
        final AtomicInteger runs = new AtomicInteger();
        private final Duration pause;
        private final boolean fails;

        Counted(Duration pause, boolean fails) {
            this.pause = pause;
            this.fails = fails;
        }

        @Override
        public Duration pause() {
            return pause;
        }

        @Override
        public void runChore() {
            runs.incrementAndGet();
            if (fails) {
                throw new IllegalStateException("a chore that fails");
            }
        }
    }
}
