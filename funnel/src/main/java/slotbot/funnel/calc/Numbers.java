package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact decimal numbers. Results are kept to 34 significant digits and 100 digits either side of
 * the point, so repeated multiplication cannot grow a number without bound.
 */
final class Numbers {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    /** Division of values that do not divide exactly: 16 digits, about what Python shows. */
    static final MathContext DIVISION = MathContext.DECIMAL64;
    static final int MAX_DIGITS = 100;
    private static final Pattern NUMERIC = Pattern.compile("[+-]?\\d{1,100}(\\.\\d{1,100})?");

    private Numbers() {
    }

    /** Any Java number as a calculator number. */
    static BigDecimal of(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return fromFloating(number);
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static BigDecimal fromFloating(Number number) {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new CalcException("Not a number: " + value + ".");
        }
        // Float.toString keeps 0.1f as 0.1 instead of its binary expansion.
        return new BigDecimal(number instanceof Float ? number.toString() : Double.toString(value));
    }

    /** "12", " -3.50 " are numbers in arithmetic; "1e3", "1,5", "" are not. */
    static Optional<BigDecimal> parse(String text) {
        if (text.length() > 210) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!NUMERIC.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed));
    }

    /** A number, or a text holding one; empty for anything else. */
    static Optional<BigDecimal> numeric(Object value) {
        if (value instanceof Number number) {
            return Optional.of(of(number));
        }
        if (value instanceof String text) {
            return parse(text);
        }
        return Optional.empty();
    }

    /** The one form of a value: 2.50 and 2.5 are the same dictionary key and print the same. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String text(BigDecimal value) {
        return canonical(value).toPlainString();
    }

    /** An arithmetic result kept within bounds. */
    static BigDecimal checked(BigDecimal value) {
        BigDecimal rounded = value.precision() > PRECISION.getPrecision() ? value.round(PRECISION) : value;
        if (rounded.precision() - rounded.scale() > MAX_DIGITS) {
            throw new CalcException("Number is too large: more than " + MAX_DIGITS + " digits.");
        }
        if (rounded.scale() > MAX_DIGITS) {
            return canonical(rounded.setScale(MAX_DIGITS, RoundingMode.HALF_EVEN));
        }
        return rounded;
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** A whole number that fits an int, such as an index or a count. */
    static int toInt(BigDecimal value, String what) {
        if (!isWhole(value)) {
            throw new CalcException(what + " must be a whole number, got " + text(value) + ".");
        }
        if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new CalcException(what + " is too large: " + text(value) + ".");
        }
        return value.intValue();
    }
}
