package slotbot.booking.functions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The positional arguments of one call, read by the shared conventions: lenient ids, "" or null
 * skipping an optional one, service ids as one id, a list, or a string holding a list,
 * dd.MM.yyyy dates and HH:mm times. A bad value throws {@link InvalidArgument} naming the parameter.
 */
final class Args {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern LENIENT_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern LENIENT_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final int MAX_SERVICES = 20;

    private final List<?> values;

    Args(List<?> values) {
        this.values = values == null ? List.of() : values;
    }

    int size() {
        return values.size();
    }

    /** The raw value at a position, or null when it is skipped or absent. */
    Object raw(int position) {
        if (position >= values.size()) {
            return null;
        }
        Object value = values.get(position);
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        return value;
    }

    boolean isGiven(int position) {
        return raw(position) != null;
    }

    long id(int position, String name) {
        return optionalId(position, name).orElseThrow(() -> missing(name, "an integer id"));
    }

    Optional<Long> optionalId(int position, String name) {
        Object value = raw(position);
        if (value == null) {
            return Optional.empty();
        }
        Long id = integerOf(value);
        if (id == null || id <= 0) {
            throw new InvalidArgument(name, "a positive integer id such as 844", value);
        }
        return Optional.of(id);
    }

    int integer(int position, String name, int defaultValue, int min, int max) {
        Object value = raw(position);
        if (value == null) {
            return defaultValue;
        }
        Long number = integerOf(value);
        if (number == null || number < min || number > max) {
            throw new InvalidArgument(name, "an integer from " + min + " to " + max, value);
        }
        return number.intValue();
    }

    /** One id, a list of ids, or a string holding either ("844", "[844, 845]"); order kept, duplicates refused. */
    List<Long> serviceIds(int position, String name) {
        return optionalServiceIds(position, name).orElseThrow(() -> missing(name, "a service id or a list of ids such as [844, 845]"));
    }

    Optional<List<Long>> optionalServiceIds(int position, String name) {
        Object value = raw(position);
        if (value == null) {
            return Optional.empty();
        }
        String expected = "a service id or a list of service ids such as [844, 845]";
        List<?> items = listOf(value);
        if (items == null || items.isEmpty() || items.size() > MAX_SERVICES) {
            throw new InvalidArgument(name, expected + " (1 to " + MAX_SERVICES + " ids)", value);
        }
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            Long id = integerOf(item);
            if (id == null || id <= 0) {
                throw new InvalidArgument(name, expected, value);
            }
            ids.add(id);
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new InvalidArgument(name, "each service at most once", value);
        }
        return Optional.of(List.copyOf(ids));
    }

    LocalDate date(int position, String name) {
        Object value = raw(position);
        if (value == null) {
            throw missing(name, "a date as dd.MM.yyyy such as \"05.02.2024\"");
        }
        var m = LENIENT_DATE.matcher(value.toString().strip());
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the message below: 31.02.2024 is as malformed as "tomorrow"
        }
        throw new InvalidArgument(name, "a date as dd.MM.yyyy such as \"05.02.2024\"", value);
    }

    LocalTime time(int position, String name) {
        Object value = raw(position);
        if (value == null) {
            throw missing(name, "a time as HH:mm such as \"09:30\"");
        }
        var m = LENIENT_TIME.matcher(value.toString().strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new InvalidArgument(name, "a time as HH:mm such as \"09:30\"", value);
    }

    /** True for 1, "1", true, "true", "True"; false when skipped or for 0, "0", false. */
    boolean flag(int position, String name) {
        Object value = raw(position);
        if (value == null) {
            return false;
        }
        String text = value.toString().strip().toLowerCase();
        if (text.equals("1") || text.equals("true")) {
            return true;
        }
        if (text.equals("0") || text.equals("false")) {
            return false;
        }
        throw new InvalidArgument(name, "1 or 0 (True or False)", value);
    }

    String text(int position, String name, int maxLength) {
        Object value = raw(position);
        if (!(value instanceof String s) || s.length() > maxLength) {
            throw new InvalidArgument(name, "a text of 1 to " + maxLength + " characters", value);
        }
        return s.strip();
    }

    static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    static String formatTime(LocalTime time) {
        return TIME.format(time);
    }

    /** How a given value is quoted in a message: strings in quotes, long values cut. */
    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        if (value instanceof List<?> list) {
            text = list.toString();
        }
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static InvalidArgument missing(String name, String expected) {
        return new InvalidArgument(name + ": expected " + expected + ", got nothing");
    }

    private static Long integerOf(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal d) {
            return integralOrNull(d);
        }
        if (value instanceof java.math.BigInteger b) {
            return b.bitLength() < 63 ? b.longValue() : null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? integralOrNull(BigDecimal.valueOf(d)) : null;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (INTEGER.matcher(t).matches()) {
                return Long.parseLong(t);
            }
        }
        return null;
    }

    private static Long integralOrNull(BigDecimal d) {
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A list as given, a single scalar as a list of one, a string "[1, 2]" or "1, 2" split; null when none of these. */
    private static List<?> listOf(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1).strip();
            }
            if (t.isEmpty()) {
                return List.of();
            }
            List<String> parts = new ArrayList<>();
            for (String part : t.split(",", MAX_SERVICES + 2)) {
                parts.add(unquote(part.strip()));
            }
            return parts;
        }
        if (value instanceof Number) {
            return List.of(value);
        }
        return null;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
