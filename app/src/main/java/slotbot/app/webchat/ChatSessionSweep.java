package slotbot.app.webchat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Forgets web chat conversations that never got a message, so that opened and abandoned
 * conversations do not pile up. A db-scheduler task: one instance of the cluster runs it each time.
 */
@Configuration(proxyBeanMethods = false)
class ChatSessionSweep {

    static final String TASK = "chat-session-sweep";
    private static final Logger log = LoggerFactory.getLogger(ChatSessionSweep.class);

    @Bean
    RecurringTask<Void> chatSessionSweepTask(ChatSessions sessions) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int forgotten = sessions.sweep();
                    log.debug("Forgot {} web chat conversations that never got a message", forgotten);
                });
    }
}
