package slotbot.booking.functions;

import java.time.Instant;

/**
 * One invocation: its arguments, the calling client (null when none is known), the app clock's now,
 * and whether the caller is the business's integrator (the function API, holding the token) rather
 * than bot code acting for the person in the chat.
 */
record Call(Args args, String clientId, Instant now, boolean integrator) {

    /** The calling client, required by the functions that act for one. */
    String client() {
        if (clientId == null || clientId.isBlank()) {
            throw new InvalidArgument("client_id: expected the id of the client in the chat, such as \"tg-1001\", got nothing");
        }
        return clientId;
    }
}
