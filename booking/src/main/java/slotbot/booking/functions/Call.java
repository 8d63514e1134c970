package slotbot.booking.functions;

import java.time.Instant;

/** One invocation: its arguments, the calling client (null when none is known) and the app clock's now. */
record Call(Args args, String clientId, Instant now) {

    /** The calling client, required by the functions that act for one. */
    String client() {
        if (clientId == null || clientId.isBlank()) {
            throw new InvalidArgument("client_id: expected the id of the client in the chat, such as \"tg-1001\", got nothing");
        }
        return clientId;
    }
}
