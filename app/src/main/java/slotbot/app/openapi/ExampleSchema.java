package slotbot.app.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema of a function's answer, read off its real example: the answers are built as maps and lists
 * deep in the booking core, so the example is the one place that shows their keys and types.
 */
final class ExampleSchema {

    private ExampleSchema() {
    }

    static Schema<?> of(Object example) {
        if (example instanceof Map<?, ?> map) {
            Schema<?> object = type("object");
            map.forEach((key, value) -> object.addProperty(String.valueOf(key), of(value)));
            return object;
        }
        if (example instanceof List<?> list) {
            Schema<?> array = type("array");
            return list.isEmpty() ? array : array.items(of(list.get(0)));
        }
        if (example instanceof String) {
            return type("string");
        }
        if (example instanceof Boolean) {
            return type("boolean");
        }
        if (example instanceof Number number) {
            return type(isIntegral(number) ? "integer" : "number");
        }
        return new JsonSchema();
    }

    static Schema<?> type(String type) {
        return new JsonSchema().types(Set.of(type));
    }

    private static boolean isIntegral(Number number) {
        return !(number instanceof Double || number instanceof Float || number instanceof BigDecimal);
    }
}
