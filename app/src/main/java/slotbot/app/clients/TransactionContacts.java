package slotbot.app.clients;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import slotbot.booking.clients.Contact;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The contacts read in the current transaction, so that a chat turn that reads its client and then
 * books (whose answer names the client) asks the database once. It lives as long as the transaction
 * and is set aside while an inner one runs; every write of a contact through {@link ClientRows}
 * forgets the client's entry. Outside a transaction nothing is kept.
 */
final class TransactionContacts implements TransactionSynchronization {

    private final Map<String, Contact> read = new HashMap<>();
    private final Object key;

    private TransactionContacts(Object key) {
        this.key = key;
    }

    /** The client's contact, read through {@code reader} unless this transaction read it already. */
    static Contact of(Object key, String clientId, Function<String, Contact> reader) {
        TransactionContacts contacts = current(key, true);
        return contacts == null ? CallContacts.read(clientId, reader) : contacts.read.computeIfAbsent(clientId, reader);
    }

    /** A statement of this transaction read the client's contact beside its own work: it is not read again. */
    static void seen(Object key, String clientId, Contact contact) {
        TransactionContacts contacts = current(key, true);
        if (contacts != null) {
            contacts.read.put(clientId, contact);
        }
    }

    /** The client's contact is being written: read it again next time. */
    static void forget(Object key, String clientId) {
        CallContacts.forget(clientId);
        TransactionContacts contacts = current(key, false);
        if (contacts != null) {
            contacts.read.remove(clientId);
        }
    }

    private static TransactionContacts current(Object key, boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        TransactionContacts contacts = (TransactionContacts) TransactionSynchronizationManager.getResource(key);
        if (contacts == null && create) {
            contacts = new TransactionContacts(key);
            TransactionSynchronizationManager.bindResource(key, contacts);
            TransactionSynchronizationManager.registerSynchronization(contacts);
        }
        return contacts;
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(key, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
        if (status == STATUS_COMMITTED) {
            CallContacts.committed(read);
        }
    }
}
