package slotbot.app.news;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import slotbot.app.AppTestBase;
import slotbot.app.jdbc.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While no chat page is open on an instance, its catch-up poll only notes where the messages are: grouping the last
 * polls' messages by chat is work for open pages only. That a page open here still hears of a turn played on another
 * instance through the poll is ChatStreamCatchUpContract's.
 */
@Import(StatementLog.Beans.class)
class CatchUpPollOnH2Test extends AppTestBase {

    @Autowired
    CatchUpPoll poll;

    @Autowired
    News news;

    @Autowired
    StatementLog log;

    @Test
    void withNoChatPageOpenAPollReadsOnlyTheHighestMessageId() {
        assertThat(news.followsChats()).isFalse();

        log.start();
        poll.runDueNow();
        poll.runDueNow();

        assertThat(log.stop()).containsExactly("SELECT COALESCE(MAX(id), 0) FROM dialog_message",
                "SELECT COALESCE(MAX(id), 0) FROM dialog_message");
    }
}
