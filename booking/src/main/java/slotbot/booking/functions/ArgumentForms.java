package slotbot.booking.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms a booking function accepts for one value, for the function table and for every edge
 * that takes the same fields (the admin API): lenient ids, "" or null for a skipped value, service
 * ids as one id, a list, or a string holding a list, dd.MM.yyyy dates and HH:mm times. A bad value
 * throws {@link InvalidArgument} naming the field, the form expected and the value given.
 */
public final class ArgumentForms {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern LENIENT_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern LENIENT_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final String DATE_FORM = "a date as dd.MM.yyyy such as \"05.02.2024\"";
    private static final String TIME_FORM = "a time as HH:mm such as \"09:30\"";
    private static final String SERVICES_FORM = "a service id or a list of service ids such as [844, 845]";
    private static final int MAX_SERVICES = 20;

    private ArgumentForms() {
    }

    /** The value, or null when it is skipped: null, or a blank string. */
    public static Object given(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    public static long id(Object value, String name) {
        return optionalId(value, name).orElseThrow(() -> missing(name, "an integer id"));
    }

    public static Optional<Long> optionalId(Object value, String name) {
        Object given = given(value);
        if (given == null) {
            return Optional.empty();
        }
        Long id = integerOf(given);
        if (id == null || id <= 0) {
            throw new InvalidArgument(name, "a positive integer id such as 844", given);
        }
        return Optional.of(id);
    }

    static int integer(Object value, String name, int defaultValue, int min, int max) {
        Object given = given(value);
        if (given == null) {
            return defaultValue;
        }
        Long number = integerOf(given);
        if (number == null || number < min || number > max) {
            throw new InvalidArgument(name, "an integer from " + min + " to " + max, given);
        }
        return number.intValue();
    }

    /** One id, a list of ids, or a string holding either ("844", "[844, 845]"); order kept, duplicates refused. */
    public static List<Long> serviceIds(Object value, String name) {
        return optionalServiceIds(value, name)
                .orElseThrow(() -> missing(name, "a service id or a list of ids such as [844, 845]"));
    }

    public static Optional<List<Long>> optionalServiceIds(Object value, String name) {
        Object given = given(value);
        if (given == null) {
            return Optional.empty();
        }
        List<?> items = listOf(given);
        if (items == null || items.isEmpty() || items.size() > MAX_SERVICES) {
            throw new InvalidArgument(name, SERVICES_FORM + " (1 to " + MAX_SERVICES + " ids)", given);
        }
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            Long id = integerOf(item);
            if (id == null || id <= 0) {
                throw new InvalidArgument(name, SERVICES_FORM, given);
            }
            ids.add(id);
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new InvalidArgument(name, "each service at most once", given);
        }
        return Optional.of(List.copyOf(ids));
    }

    public static LocalDate date(Object value, String name) {
        Object given = given(value);
        if (given == null) {
            throw missing(name, DATE_FORM);
        }
        var m = LENIENT_DATE.matcher(given.toString().strip());
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            // falls through to the message below: 31.02.2024 is as malformed as "tomorrow"
        }
        throw new InvalidArgument(name, DATE_FORM, given);
    }

    public static LocalTime time(Object value, String name) {
        Object given = given(value);
        if (given == null) {
            throw missing(name, TIME_FORM);
        }
        var m = LENIENT_TIME.matcher(given.toString().strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new InvalidArgument(name, TIME_FORM, given);
    }

    /** True for 1, "1", true, "true", "True"; false when skipped or for 0, "0", false. */
    static boolean flag(Object value, String name) {
        Object given = given(value);
        if (given == null) {
            return false;
        }
        String text = given.toString().strip().toLowerCase();
        if (text.equals("1") || text.equals("true")) {
            return true;
        }
        if (text.equals("0") || text.equals("false")) {
            return false;
        }
        throw new InvalidArgument(name, "1 or 0 (True or False)", given);
    }

    static String text(Object value, String name, int maxLength) {
        Object given = given(value);
        if (!(given instanceof String s) || s.length() > maxLength) {
            throw new InvalidArgument(name, "a text of 1 to " + maxLength + " characters", given);
        }
        return s.strip();
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
        if (value instanceof BigInteger b) {
            return b.bitLength() < 63 ? b.longValue() : null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? integralOrNull(BigDecimal.valueOf(d)) : null;
        }
        if (value instanceof String s && INTEGER.matcher(s.strip()).matches()) {
            return Long.parseLong(s.strip());
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
            return split(s.strip());
        }
        if (value instanceof Number) {
            return List.of(value);
        }
        return null;
    }

    private static List<String> split(String text) {
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1).strip() : text;
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : t.split(",", MAX_SERVICES + 2)) {
            parts.add(unquote(part.strip()));
        }
        return parts;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
