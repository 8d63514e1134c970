package slotbot.app.news;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import slotbot.app.dialog.DialogTurns;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;

import java.util.List;
import java.util.Set;

/**
 * Where news comes from on this instance: a turn's messages (told after its commit) and a booking's change (told inside
 * its transaction, so passed on once it commits; a rollback tells nothing). Neither sends a statement.
 */
@Component
class StoredNews implements DialogTurns.MessageListener, BookingEventListener {

    private final News news;

    StoredNews(News news) {
        this.news = news;
    }

    @Override
    public void sent(String bot, String client, List<DialogTurns.Sent> messages) {
        news.stored(Set.of(new News.Chat(bot, client)), Set.of());
    }

    @Override
    public void on(BookingEvent event) {
        Set<Long> branch = Set.of(event.booking().companyId());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            news.stored(Set.of(), branch);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                news.stored(Set.of(), branch);
            }
        });
    }
}
