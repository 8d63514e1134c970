package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * A standard function's arguments, read by type with messages that name the function and the
 * argument. Reading a list or text charges the run for its size, so that a function scanning a
 * large value costs steps like the code that built it. As in the builder, an optional argument
 * given as '' or None counts as not given.
 */
final class Args {

    private final String function;
    private final List<Object> values;
    private final Budget budget;
    private final CallContext context;
    private final Variables variables;

    Args(String function, List<Object> values, Budget budget) {
        this(function, values, budget, null, null);
    }

    Args(String function, List<Object> values, Budget budget, CallContext context, Variables variables) {
        this.function = function;
        this.values = values;
        this.budget = budget;
        this.context = context;
        this.variables = variables;
    }

    /** Now in the bot's zone: what current_date and current_time show. */
    LocalDateTime now() {
        if (context == null) {
            throw error("needs the time of a run, and this one has none.");
        }
        return LocalDateTime.ofInstant(context.clock().instant(), context.zone());
    }

    CallContext context() {
        return context;
    }

    RandomGenerator random() {
        return ThreadLocalRandom.current();
    }

    /** The run's variables, for the one function that sets some (unpack_list). */
    Variables variables() {
        if (variables == null) {
            throw error("can set variables only in a block's code.");
        }
        return variables;
    }

    int size() {
        return values.size();
    }

    Budget budget() {
        return budget;
    }

    Object get(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    boolean given(int index) {
        Object value = get(index);
        return value != null && !"".equals(value);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(int index) {
        if (!(get(index) instanceof List<?> list)) {
            throw wrong(index, "a list");
        }
        budget().charge(list.size());
        return (List<Object>) list;
    }

    @SuppressWarnings("unchecked")
    Map<Object, Object> dictionary(int index) {
        if (!(get(index) instanceof Map<?, ?> map)) {
            throw wrong(index, "a dictionary");
        }
        budget().charge(map.size());
        return (Map<Object, Object>) map;
    }

    /** A text; a number is taken as its text, so lower(5) is '5'. */
    String text(int index) {
        Object value = get(index);
        if (value instanceof Number number) {
            return Numbers.text(Numbers.of(number));
        }
        if (!(value instanceof String text)) {
            throw wrong(index, "a text");
        }
        budget().charge(text.length() / 64);
        return text;
    }

    String text(int index, String fallback) {
        return given(index) ? text(index) : fallback;
    }

    /** A number, or a text holding one ("2"), since numbers often arrive as the client's input. */
    BigDecimal number(int index) {
        Object value = get(index);
        if (value instanceof Boolean) {
            throw wrong(index, "a number");
        }
        return Numbers.numeric(value).orElseThrow(() -> wrong(index, "a number"));
    }

    int integer(int index) {
        return Numbers.toInt(number(index), "Argument " + (index + 1) + " of '" + function + "'");
    }

    int integer(int index, int fallback) {
        return given(index) ? integer(index) : fallback;
    }

    BigDecimal number(int index, BigDecimal fallback) {
        return given(index) ? number(index) : fallback;
    }

    /** A number as a double, for the functions computed in floating point (roots, logarithms, trigonometry). */
    double real(int index) {
        return number(index).doubleValue();
    }

    /** A yes/no switch: 1/0 (also as text "1"/"0"), True/False, or Python truth for anything else. */
    boolean flag(int index, boolean fallback) {
        if (!given(index)) {
            return fallback;
        }
        Object value = get(index);
        return value instanceof Boolean bool ? bool : Numbers.numeric(value).map(n -> n.signum() != 0).orElse(Values.truthy(value));
    }

    /** Length of a text, list or dictionary. */
    int length(int index) {
        Object value = get(index);
        if (value instanceof String text) {
            return Texts.length(text);
        }
        if (value instanceof List<?> list) {
            return list.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        throw wrong(index, "a text, list or dictionary");
    }

    CalcException wrong(int index, String expected) {
        return new CalcException("Function '" + function + "' expects " + expected + " as argument " + (index + 1)
                + ", got " + Values.typeName(get(index)) + ".");
    }

    String name() {
        return function;
    }

    CalcException error(String message) {
        return new CalcException("Function '" + function + "': " + message);
    }
}
