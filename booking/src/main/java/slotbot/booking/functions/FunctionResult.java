package slotbot.booking.functions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a booking function answered: its value (a list of dictionaries, a list of strings, or one
 * dictionary), and whether that value is a refusal caused by a malformed argument, which an HTTP
 * edge answers with 400 and bot code sees as the same {@code {status: false}} dictionary.
 * {@code refusal} names why a call was refused, by the refusal's type ({@code SlotTaken},
 * {@code InvalidArgument}; null when it was answered): one of a fixed set, for the app's metrics,
 * never shown to a client, who reads the message.
 */
public record FunctionResult(Object value, boolean malformed, String refusal) {

    static FunctionResult ok(Object value) {
        return new FunctionResult(value, false, null);
    }

    static FunctionResult refused(RuntimeException refusal) {
        return new FunctionResult(failure(refusal.getMessage()), false, refusal.getClass().getSimpleName());
    }

    static FunctionResult invalid(RuntimeException refusal) {
        return new FunctionResult(failure(refusal.getMessage()), true, refusal.getClass().getSimpleName());
    }

    public boolean refused() {
        return refusal != null;
    }

    private static Map<String, Object> failure(String message) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", false);
        value.put("message", message);
        return value;
    }
}
