package slotbot.funnel.calc;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.function.Function;

/**
 * The builder's date and time texts: dates "dd.MM.yyyy", times "HH:mm", and both together
 * "dd.MM.yyyy HH:mm". Reading accepts single digits ("5.2.2025", "9:30"); writing always pads.
 * The runtime reads an arrow's {@code at} value with {@link #dateTime}, as the functions read theirs.
 */
public final class DateTexts {

    private static final int MAX_LENGTH = 24;
    private static final DateTimeFormatter READ_DATE = strict("d.M.uuuu");
    private static final DateTimeFormatter READ_TIME = strict("H:mm");
    private static final DateTimeFormatter READ_DATE_TIME = strict("d.M.uuuu H:mm");
    private static final DateTimeFormatter READ_DATE_TIME_SECONDS = strict("d.M.uuuu H:mm:ss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

    private DateTexts() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    static Optional<LocalDate> date(Object value) {
        return read(value, READ_DATE, LocalDate::from);
    }

    static Optional<LocalTime> time(Object value) {
        return read(value, READ_TIME, LocalTime::from);
    }

    /** A date with a time, "dd.MM.yyyy HH:mm", or empty when the value is not one. */
    public static Optional<LocalDateTime> dateTime(Object value) {
        return read(value, READ_DATE_TIME, LocalDateTime::from);
    }

    /** A date with time, seconds optional ("25.10.2021 23:59:59"). */
    static Optional<LocalDateTime> moment(Object value) {
        Optional<LocalDateTime> minutes = dateTime(value);
        return minutes.isPresent() ? minutes : read(value, READ_DATE_TIME_SECONDS, LocalDateTime::from);
    }

    private static <T> Optional<T> read(Object value, DateTimeFormatter format, Function<TemporalAccessor, T> type) {
        if (!(value instanceof String text) || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (!parses(stripped, format)) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.apply(format.parse(stripped)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the whole text fits the pattern, answered without an exception: comparisons try every text as a date,
     * a time and both, and a thrown DateTimeParseException (its stack taken on a deep request stack) was most of
     * their cost (issue 14). A text that fits can still be refused when resolved (31.02), by {@code parse}.
     */
    private static boolean parses(String text, DateTimeFormatter format) {
        ParsePosition position = new ParsePosition(0);
        return format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0 && position.getIndex() == text.length();
    }

    /**
     * The builder's date arithmetic: a date plus days, a time plus minutes (wrapping at
     * midnight), a date with time plus minutes. Empty when the text is none of those.
     */
    static Optional<String> shift(Object text, long amount) {
        try {
            return shifted(text, amount);
        } catch (DateTimeException e) {
            throw new CalcException("Date is out of range.");
        }
    }

    private static Optional<String> shifted(Object text, long amount) {
        Optional<LocalDate> date = date(text);
        if (date.isPresent()) {
            return Optional.of(date.get().plusDays(amount).format(DATE));
        }
        Optional<LocalTime> time = time(text);
        if (time.isPresent()) {
            return Optional.of(time.get().plusMinutes(amount).format(TIME));
        }
        return dateTime(text).map(moment -> moment.plusMinutes(amount).format(DATE_TIME));
    }

    /**
     * How far {@code to} is after {@code from}: days between two dates, minutes between two times
     * or two dates with time ({@code '11.12.2021' - '8.12.2021'} is 3). Empty for any other pair.
     */
    static Optional<Long> between(Object from, Object to) {
        Optional<LocalDate> a = date(from);
        Optional<LocalDate> b = date(to);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(java.time.temporal.ChronoUnit.DAYS.between(a.get(), b.get()));
        }
        Optional<LocalTime> x = time(from);
        Optional<LocalTime> y = time(to);
        if (x.isPresent() && y.isPresent()) {
            return Optional.of(java.time.temporal.ChronoUnit.MINUTES.between(x.get(), y.get()));
        }
        Optional<LocalDateTime> p = dateTime(from);
        Optional<LocalDateTime> q = dateTime(to);
        return p.isPresent() && q.isPresent()
                ? Optional.of(java.time.temporal.ChronoUnit.MINUTES.between(p.get(), q.get())) : Optional.empty();
    }

    /** Compares two dates, two times or two dates with time; empty when they are not such a pair. */
    static Optional<Integer> compare(Object left, Object right) {
        Optional<Integer> dates = both(date(left), date(right));
        if (dates.isPresent()) {
            return dates;
        }
        Optional<Integer> times = both(time(left), time(right));
        return times.isPresent() ? times : both(dateTime(left), dateTime(right));
    }

    private static <T extends Comparable<? super T>> Optional<Integer> both(Optional<T> a, Optional<T> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(Integer.signum(a.get().compareTo(b.get()))) : Optional.empty();
    }
}
