package slotbot.funnel.dialog;

import java.util.List;

/**
 * The booking functions as bot code sees them, filled in by the app: each call is made on behalf of
 * the dialog's client and answers with plain values (lists, maps, numbers, strings, booleans).
 */
@FunctionalInterface
public interface BookingGateway {

    Object call(String function, List<Object> args, String clientId);
}
