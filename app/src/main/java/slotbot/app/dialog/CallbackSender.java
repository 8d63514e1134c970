package slotbot.app.dialog;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a callback into a dialog from outside its turns (a payment provider, the demo payment page, a start held
 * for a client from the waitlist). Inside a transaction it is written in that transaction, and goes out once it
 * commits; {@code bot} null means each of the client's dialogs.
 */
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
