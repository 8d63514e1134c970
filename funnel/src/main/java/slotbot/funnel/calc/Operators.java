package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the binary operators do to values; errors name both types, as a bot author sees them. */
final class Operators {

    private static final int MAX_EXPONENT = 999_999_999;

    private Operators() {
    }

    static Object apply(TokenType operator, Object left, Object right) {
        return switch (operator) {
            case PLUS -> add(left, right);
            case MINUS -> subtract(left, right);
            case STAR -> arithmetic("Cannot multiply %s by %s.", left, right, BigDecimal::multiply);
            case SLASH -> arithmetic("Cannot divide %s by %s.", left, right, Operators::divide);
            case PERCENT -> arithmetic("Cannot take the remainder of %s divided by %s.", left, right, Operators::modulo);
            case POWER -> arithmetic("Cannot raise %s to the power of %s.", left, right, Operators::power);
            case EQUAL_EQUAL -> Values.equal(left, right);
            case BANG_EQUAL -> !Values.equal(left, right);
            case LESS -> ordered(left, right, c -> c < 0);
            case LESS_EQUAL -> ordered(left, right, c -> c <= 0);
            case GREATER -> ordered(left, right, c -> c > 0);
            case GREATER_EQUAL -> ordered(left, right, c -> c >= 0);
            default -> throw new IllegalStateException("Not a binary operator: " + operator);
        };
    }

    /** Two texts join, two lists join, numbers (or texts holding numbers) add, a date moves on. */
    private static Object add(Object left, Object right) {
        if (left instanceof String a && right instanceof String b) {
            return a + b;
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            List<Object> joined = new ArrayList<>(a);
            joined.addAll(b);
            return joined;
        }
        return numbersOrDates("Cannot add %s and %s.", left, right, 1);
    }

    /** Numbers subtract, a date or time moves back; two dates give the days between, two times the minutes. */
    private static Object subtract(Object left, Object right) {
        if (left instanceof String a && right instanceof String b && numeric(a).isEmpty()) {
            Optional<Long> between = DateTexts.between(b, a);
            if (between.isPresent()) {
                return BigDecimal.valueOf(between.get());
            }
        }
        return numbersOrDates("Cannot subtract %2$s from %1$s.", left, right, -1);
    }

    private static Object numbersOrDates(String message, Object left, Object right, int sign) {
        Optional<BigDecimal> a = numeric(left);
        Optional<BigDecimal> b = numeric(right);
        if (a.isPresent() && b.isPresent()) {
            return Numbers.checked(sign > 0 ? a.get().add(b.get()) : a.get().subtract(b.get()));
        }
        if (left instanceof String && b.isPresent()) {
            long amount = (long) sign * Numbers.toInt(b.get(), "A number of days or minutes");
            return DateTexts.shift(left, amount).orElseThrow(() -> mismatch(message, left, right));
        }
        throw mismatch(message, left, right);
    }

    private interface Arithmetic {
        BigDecimal apply(BigDecimal left, BigDecimal right);
    }

    private static Object arithmetic(String message, Object left, Object right, Arithmetic operation) {
        Optional<BigDecimal> a = numeric(left);
        Optional<BigDecimal> b = numeric(right);
        if (a.isEmpty() || b.isEmpty()) {
            throw mismatch(message, left, right);
        }
        return Numbers.checked(operation.apply(a.get(), b.get()));
    }

    private static BigDecimal divide(BigDecimal left, BigDecimal right) {
        nonZero(right);
        return left.divide(right, Numbers.DIVISION);
    }

    /** Python's %: the result takes the sign of the divisor, so -7 % 3 is 2. */
    private static BigDecimal modulo(BigDecimal left, BigDecimal right) {
        nonZero(right);
        BigDecimal remainder = left.remainder(right);
        boolean signsDiffer = remainder.signum() != 0 && remainder.signum() != right.signum();
        return signsDiffer ? remainder.add(right) : remainder;
    }

    private static BigDecimal power(BigDecimal base, BigDecimal exponent) {
        if (!Numbers.isWhole(exponent)) {
            return fractionalPower(base, exponent);
        }
        if (exponent.abs().compareTo(BigDecimal.valueOf(MAX_EXPONENT)) > 0) {
            throw new CalcException("Exponent is too large: " + Numbers.text(exponent) + ".");
        }
        if (base.signum() == 0) {
            return powerOfZero(exponent);
        }
        // Judge the size first: pow itself is quick, but a result like 1E-6000000 is slow to round.
        double digits = exponent.doubleValue() * Math.log10(base.abs().doubleValue());
        if (digits > Numbers.MAX_DIGITS) {
            throw new CalcException("Number is too large: more than " + Numbers.MAX_DIGITS + " digits.");
        }
        return digits < -Numbers.MAX_DIGITS - 1 ? BigDecimal.ZERO : base.pow(exponent.intValue(), Numbers.PRECISION);
    }

    private static BigDecimal powerOfZero(BigDecimal exponent) {
        if (exponent.signum() < 0) {
            throw new CalcException("Division by zero.");
        }
        return exponent.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** Roots and other fractional powers are not exact anyway: computed in double precision. */
    private static BigDecimal fractionalPower(BigDecimal base, BigDecimal exponent) {
        double result = Math.pow(base.doubleValue(), exponent.doubleValue());
        if (Double.isNaN(result)) {
            throw new CalcException("Cannot raise a negative number to a fractional power.");
        }
        if (Double.isInfinite(result)) {
            throw new CalcException(base.signum() == 0 ? "Division by zero." : "Number is too large.");
        }
        return new BigDecimal(Double.toString(result)).setScale(15, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static void nonZero(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new CalcException("Division by zero.");
        }
    }

    /**
     * {@code <}, {@code <=}, {@code >}, {@code >=}: as the builder, values that cannot be put in one
     * order (a list and a number, None and a date) make the comparison false rather than an error.
     */
    private static boolean ordered(Object left, Object right, java.util.function.IntPredicate holds) {
        try {
            return holds.test(compare(left, right));
        } catch (CalcException e) {
            return false;
        }
    }

    /**
     * Order of two values: numbers (or texts holding numbers) by value, dates and times in time,
     * other texts alphabetically. Anything else cannot be compared.
     */
    static int compare(Object left, Object right) {
        if (left instanceof String a && right instanceof String b) {
            return compareTexts(a, b);
        }
        Optional<BigDecimal> x = numeric(left);
        Optional<BigDecimal> y = numeric(right);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get());
        }
        throw mismatch("Cannot compare %s and %s.", left, right);
    }

    private static int compareTexts(String a, String b) {
        Optional<BigDecimal> x = Numbers.parse(a);
        Optional<BigDecimal> y = Numbers.parse(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get());
        }
        return DateTexts.compare(a, b).orElseGet(() -> Integer.signum(a.compareTo(b)));
    }

    static Object negate(Object value) {
        return numeric(value).map(BigDecimal::negate)
                .orElseThrow(() -> new CalcException("Cannot negate " + Values.typeName(value) + "."));
    }

    static Object plus(Object value) {
        return numeric(value)
                .orElseThrow(() -> new CalcException("Cannot apply unary '+' to " + Values.typeName(value) + "."));
    }

    /** Booleans are not numbers here, although Python would count True as 1. */
    private static Optional<BigDecimal> numeric(Object value) {
        return value instanceof Boolean ? Optional.empty() : Numbers.numeric(value);
    }

    /** The message names both types; a text that is not a number is quoted, as the usual cause. */
    private static CalcException mismatch(String message, Object left, Object right) {
        String text = String.format(message, Values.typeName(left), Values.typeName(right));
        return new CalcException(text + notANumber(left, right).or(() -> notANumber(right, left)).orElse(""));
    }

    private static Optional<String> notANumber(Object text, Object other) {
        if (!(text instanceof String string) || !(other instanceof Number)) {
            return Optional.empty();
        }
        String shown = string.length() > 30 ? string.substring(0, 30) + "…" : string;
        return Optional.of(" " + Renderer.quote(shown) + " is not a number.");
    }
}
