package slotbot.booking.functions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The positional arguments of one call, each read in the forms of {@link ArgumentForms}. A bad value
 * throws {@link InvalidArgument} naming the parameter.
 */
final class Args {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final List<?> values;

    Args(List<?> values) {
        this.values = values == null ? List.of() : values;
    }

    /** The raw value at a position, or null when it is skipped or absent. */
    Object raw(int position) {
        return position < values.size() ? ArgumentForms.given(values.get(position)) : null;
    }

    long id(int position, String name) {
        return ArgumentForms.id(raw(position), name);
    }

    Optional<Long> optionalId(int position, String name) {
        return ArgumentForms.optionalId(raw(position), name);
    }

    int integer(int position, String name, int defaultValue, int min, int max) {
        return ArgumentForms.integer(raw(position), name, defaultValue, min, max);
    }

    List<Long> serviceIds(int position, String name) {
        return ArgumentForms.serviceIds(raw(position), name);
    }

    Optional<List<Long>> optionalServiceIds(int position, String name) {
        return ArgumentForms.optionalServiceIds(raw(position), name);
    }

    LocalDate date(int position, String name) {
        return ArgumentForms.date(raw(position), name);
    }

    LocalTime time(int position, String name) {
        return ArgumentForms.time(raw(position), name);
    }

    boolean flag(int position, String name) {
        return ArgumentForms.flag(raw(position), name);
    }

    String text(int position, String name, int maxLength) {
        return ArgumentForms.text(raw(position), name, maxLength);
    }

    static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    static String formatTime(LocalTime time) {
        return TIME.format(time);
    }
}
