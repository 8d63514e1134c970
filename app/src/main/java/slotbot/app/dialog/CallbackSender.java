package slotbot.app.dialog;

import org.springframework.transaction.support.TransactionTemplate;

/** Sends a callback into a dialog from outside any turn (a payment provider, the demo payment page). */
public final class CallbackSender {

    private final CallbackOutbox outbox;
    private final TransactionTemplate transactions;

    CallbackSender(CallbackOutbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    public void send(String bot, String client, String text) {
        transactions.executeWithoutResult(status -> outbox.add(bot, client, text));
    }
}
