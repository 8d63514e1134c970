package slotbot.booking.catalog;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of a working day, "09:00-18:00", in minutes since midnight. The end may be 24:00,
 * which LocalTime cannot say, so minutes are kept rather than times.
 */
public record WorkingInterval(int startMinute, int endMinute) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    public WorkingInterval {
        if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
            throw new IllegalArgumentException("a working interval must lie within 00:00-24:00 and end after it starts, got "
                    + format(startMinute) + "-" + format(endMinute));
        }
    }

    /** Parses "HH:mm-HH:mm"; the message of the exception says what was expected and what was given. */
    public static WorkingInterval parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected \"HH:mm-HH:mm\" such as \"09:00-18:00\", got \"" + text + "\"");
        }
        int start = minutes(m.group(1), m.group(2), text);
        int end = minutes(m.group(3), m.group(4), text);
        return new WorkingInterval(start, end);
    }

    public static WorkingInterval of(LocalTime start, LocalTime endOrMidnight) {
        int end = endOrMidnight.equals(LocalTime.MIDNIGHT) ? 24 * 60 : minuteOfDay(endOrMidnight);
        return new WorkingInterval(minuteOfDay(start), end);
    }

    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startMinute * 60L);
    }

    /** The end as a time of day; 24:00 comes back as midnight. */
    public LocalTime end() {
        return endMinute == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endMinute * 60L);
    }

    public int lengthMinutes() {
        return endMinute - startMinute;
    }

    @Override
    public String toString() {
        return format(startMinute) + "-" + format(endMinute);
    }

    private static int minutes(String hours, String minutes, String text) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("expected times from 00:00 to 24:00 in \"HH:mm-HH:mm\", got \"" + text + "\"");
        }
        return h * 60 + m;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
