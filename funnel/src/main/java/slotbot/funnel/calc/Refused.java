package slotbot.funnel.calc;

/** Builder functions slotbot refuses on purpose: the service behind them is not run here. */
final class Refused {

    private Refused() {
    }

    /** Why {@code name} is refused and what to use instead, or null when it is no such function. */
    static String why(String name) {
        return null;
    }
}
