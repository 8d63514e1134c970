package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.Map;

/** The builder's constants: what {@code E} and {@code PI} read while no variable of that name is set. */
final class Constants {

    private static final Map<String, BigDecimal> VALUES = Map.of(
            "E", new BigDecimal("2.718281828459045"),
            "PI", new BigDecimal("3.141592653589793"));

    private Constants() {
    }

    /** The constant of that name, or None. */
    static Object of(String name) {
        return VALUES.get(name);
    }
}
