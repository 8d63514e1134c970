package slotbot.booking.clients;

/** Where the booking answers find a client's name and phone; the app fills it in from its client records. */
@FunctionalInterface
public interface ClientDirectory {

    /** Knows nobody: every answer shows the client's name and phone as null. */
    ClientDirectory NONE = clientId -> Contact.UNKNOWN;

    /** The client's contact, {@link Contact#UNKNOWN} when there is no record of them. */
    Contact contact(String clientId);
}
