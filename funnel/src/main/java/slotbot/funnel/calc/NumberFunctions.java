package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The builder's math functions (its page «Математические функции»). Exact decimals where the
 * result is exact; roots, logarithms and trigonometry in double precision, shown as Python shows a float.
 */
final class NumberFunctions {

    private static final int MAX_ROUND_DIGITS = 100;
    private static final int MAX_FACTORIAL = 69;
    /** The earth's radius the builder's distance() uses: its example, 278.5459739738798 km from Warsaw to Poznań, needs it. */
    private static final double EARTH_RADIUS_KM = 6373.0088;
    private static final Pattern WHOLE = Pattern.compile("\\s*[+-]?\\d+\\s*");

    private NumberFunctions() {
    }

    static void register(Registry registry) {
        registry.add("int", 1, 1, a -> converted(a, true));
        registry.add("float", 1, 1, a -> converted(a, false));
        registry.add("round", 1, 2, a -> rounded(a, a.number(0), 1));
        registry.add("abs", 1, 1, a -> a.number(0).abs());
        registry.add("min", 1, FunctionLibrary.VARARGS, a -> extreme(a, -1));
        registry.add("max", 1, FunctionLibrary.VARARGS, a -> extreme(a, 1));
        registry.add("ceil", 1, 1, a -> Numbers.canonical(a.number(0).setScale(0, RoundingMode.CEILING)));
        registry.add("floor", 1, 1, a -> Numbers.canonical(a.number(0).setScale(0, RoundingMode.FLOOR)));
        registry.add("sqrt", 1, 1, NumberFunctions::sqrt);
        registry.add("pow", 2, 2, a -> Operators.apply(TokenType.POWER, a.number(0), a.number(1)));
        registry.add("fac", 1, 1, NumberFunctions::factorial);
        registry.add("random", 0, 2, NumberFunctions::random);
        registry.add("exp", 1, 1, a -> real(a, Math::exp));
        registry.add("log", 1, 2, NumberFunctions::log);
        registry.add("pyt", 2, 2, a -> real(a, Math::hypot));
        registry.add("sin", 1, 1, a -> real(a, Math::sin));
        registry.add("cos", 1, 1, a -> real(a, Math::cos));
        registry.add("tan", 1, 1, a -> real(a, Math::tan));
        registry.add("asin", 1, 1, a -> real(a, Math::asin));
        registry.add("acos", 1, 1, a -> real(a, Math::acos));
        registry.add("atan", 1, 1, a -> real(a, Math::atan));
        registry.add("atan2", 2, 2, a -> real(a, Math::atan2));
        registry.add("customizable_round_multiply", 3, 3,
                a -> rounded(a, Numbers.checked(a.number(0).multiply(a.number(1))), 2));
        registry.add("customizable_round_division", 3, 3, NumberFunctions::roundedDivision);
        registry.add("int_to_string", 1, 2, NumberFunctions::grouped);
        registry.add("is_int", 1, 1, a -> isNumber(a.get(0), true));
        registry.add("is_float", 1, 1, a -> isNumber(a.get(0), false));
        registry.add("distance", 4, 4, NumberFunctions::distance);
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
    private static Object rounded(Args a, BigDecimal value, int digitsAt) {
        int digits = a.integer(digitsAt, 0);
        if (Math.abs(digits) > MAX_ROUND_DIGITS) {
            throw a.error("digits must be between -" + MAX_ROUND_DIGITS + " and " + MAX_ROUND_DIGITS + ".");
        }
        return Numbers.canonical(value.setScale(digits, RoundingMode.HALF_UP));
    }

    private static Object roundedDivision(Args a) {
        BigDecimal divisor = a.number(1);
        if (divisor.signum() == 0) {
            throw new CalcException("Division by zero.");
        }
        return rounded(a, a.number(0).divide(divisor, MathContext.DECIMAL128), 2);
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
        return IntStream.range(0, a.size()).mapToObj(a::get).toList();
    }

    /** An exact root when there is one (sqrt(25) is 5), else 16 digits. */
    private static Object sqrt(Args a) {
        BigDecimal value = a.number(0);
        if (value.signum() < 0) {
            throw a.error("cannot take the square root of a negative number.");
        }
        return Numbers.canonical(value.sqrt(MathContext.DECIMAL64));
    }

    private static Object factorial(Args a) {
        int n = a.integer(0);
        if (n < 0 || n > MAX_FACTORIAL) {
            throw a.error("takes a whole number from 0 to " + MAX_FACTORIAL + ", got " + n + ".");
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return new BigDecimal(result);
    }

    /** random(low, high): a whole number from low to high, both included; random(high) from 0; random() 0 or 1. */
    private static Object random(Args a) {
        long low = a.given(1) ? a.integer(0) : 0;
        long high = a.given(1) ? a.integer(1) : a.integer(0, 1);
        if (low > high) {
            throw a.error("the lower bound " + low + " is above the upper bound " + high + ".");
        }
        return BigDecimal.valueOf(a.random().nextLong(low, high + 1));
    }

    /** log(num, base): the natural logarithm unless a base is given (log(100, 10) is 2). */
    private static Object log(Args a) {
        double value = a.real(0);
        if (value <= 0) {
            throw a.error("takes a number above 0, got " + Numbers.text(a.number(0)) + ".");
        }
        if (!a.given(1)) {
            return checked(a, Math.log(value));
        }
        double base = a.real(1);
        if (base <= 0 || base == 1) {
            throw a.error("the base must be above 0 and not 1, got " + Numbers.text(a.number(1)) + ".");
        }
        return checked(a, Math.log(value) / Math.log(base));
    }

    private static Object real(Args a, DoubleUnaryOperator function) {
        return checked(a, function.applyAsDouble(a.real(0)));
    }

    private static Object real(Args a, DoubleBinaryOperator function) {
        return checked(a, function.applyAsDouble(a.real(0), a.real(1)));
    }

    /** A double as Python shows it (its shortest repr), or an error naming the function outside its domain. */
    private static BigDecimal checked(Args a, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw a.error("the argument is outside the function's domain.");
        }
        return Numbers.canonical(shortest(value));
    }

    /** The fewest digits that read back as the same double, as Python's repr (Java 17's Double.toString may give one more). */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** int_to_string(number, delimiter=' '): 1500000 as "1 500 000", the fraction kept. */
    private static Object grouped(Args a) {
        BigDecimal number = Numbers.canonical(a.number(0));
        String delimiter = a.given(1) ? a.text(1) : " ";
        String text = number.abs().toPlainString();
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(delimiter);
            }
            out.append(whole.charAt(i));
        }
        a.budget().checkLength((long) out.length() + text.length());
        return (number.signum() < 0 ? "-" : "") + out + (point < 0 ? "" : text.substring(point));
    }

    /** is_int("5"), is_float("1.5"): whether a value is a whole number / any number, or a text holding one. */
    private static boolean isNumber(Object value, boolean whole) {
        if (value instanceof Boolean || value == null) {
            return false;
        }
        if (value instanceof String text && whole) {
            return text.length() < 120 && WHOLE.matcher(text).matches();
        }
        return Numbers.numeric(value).map(n -> !whole || Numbers.isWhole(n)).orElse(false);
    }

    /** distance(lat1, lon1, lat2, lon2): kilometres along the sphere between two points (haversine). */
    private static Object distance(Args a) {
        double lat1 = Math.toRadians(a.real(0));
        double lon1 = Math.toRadians(a.real(1));
        double lat2 = Math.toRadians(a.real(2));
        double lon2 = Math.toRadians(a.real(3));
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lon2 - lon1) / 2), 2);
        return checked(a, EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h)));
    }
}
