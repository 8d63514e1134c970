package slotbot.booking.functions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a booking function answered: its value (a list of dictionaries, a list of strings, or one
 * dictionary), and whether that value is a refusal caused by a malformed argument, which an HTTP
 * edge answers with 400 and bot code sees as the same {@code {status: false}} dictionary.
 */
public record FunctionResult(Object value, boolean malformed) {

    static FunctionResult ok(Object value) {
        return new FunctionResult(value, false);
    }

    static FunctionResult refused(String message) {
        return new FunctionResult(failure(message), false);
    }

    static FunctionResult invalid(String message) {
        return new FunctionResult(failure(message), true);
    }

    private static Map<String, Object> failure(String message) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", false);
        value.put("message", message);
        return value;
    }
}
