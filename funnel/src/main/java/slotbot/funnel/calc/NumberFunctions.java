package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The builder's number functions; results are exact decimals. */
final class NumberFunctions {

    private static final int MAX_ROUND_DIGITS = 100;

    private NumberFunctions() {
    }

    static void register(Registry registry) {
        registry.add("int", 1, 1, a -> converted(a, true));
        registry.add("float", 1, 1, a -> converted(a, false));
        registry.add("round", 1, 2, NumberFunctions::round);
        registry.add("abs", 1, 1, a -> a.number(0).abs());
        registry.add("min", 1, FunctionLibrary.VARARGS, a -> extreme(a, -1));
        registry.add("max", 1, FunctionLibrary.VARARGS, a -> extreme(a, 1));
    }

    /** int() drops the fraction toward zero, as Python does; a text must hold a number. */
    private static Object converted(Args a, boolean whole) {
        Object value = a.get(0);
        BigDecimal number = value instanceof Boolean bool ? (bool ? BigDecimal.ONE : BigDecimal.ZERO)
                : Numbers.numeric(value).orElseThrow(() -> cannotConvert(value, whole));
        return whole ? number.setScale(0, RoundingMode.DOWN) : number;
    }

    private static CalcException cannotConvert(Object value, boolean whole) {
        String shown = value instanceof String ? Renderer.repr(value, 40) : Values.typeName(value);
        return new CalcException("Cannot convert " + shown + " to " + (whole ? "a whole number." : "a number."));
    }

    /** Half away from zero, as people round money (Python's round would give round(2.5) == 2). */
    private static Object round(Args a) {
        int digits = a.integer(1, 0);
        if (Math.abs(digits) > MAX_ROUND_DIGITS) {
            throw a.error("digits must be between -" + MAX_ROUND_DIGITS + " and " + MAX_ROUND_DIGITS + ".");
        }
        return Numbers.canonical(a.number(0).setScale(digits, RoundingMode.HALF_UP));
    }

    /** min/max of the arguments, or of the items of a single list argument. */
    private static Object extreme(Args a, int sign) {
        List<Object> values = a.size() == 1 && a.get(0) instanceof List<?> ? a.list(0) : allOf(a);
        if (values.isEmpty()) {
            throw a.error("needs at least one value.");
        }
        Object best = values.get(0);
        for (Object value : values) {
            best = Integer.signum(Operators.compare(value, best)) == sign ? value : best;
        }
        return best;
    }

    private static List<Object> allOf(Args a) {
        return java.util.stream.IntStream.range(0, a.size()).mapToObj(a::get).toList();
    }
}
