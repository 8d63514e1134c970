package slotbot.funnel.calc;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's strftime and strptime for convert_datetime and get_datetime, the directives of the
 * builder's table (%d %m %Y %H %M %S %f %a %A %b %B %w %y %I %p %j %U %W %z %Z %s %%), with Russian
 * names as the builder shows them: %A "Понедельник", %a "Пн", %B "января", %b "янв". A naive
 * date and time is in the bot's zone, so %s is the moment it names there.
 */
final class PythonTime {

    static final List<String> MONTHS_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> MONTHS_NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    private static final List<String> MONTHS_SHORT = List.of("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг",
            "сен", "окт", "ноя", "дек");
    private static final List<String> WEEKDAYS = List.of("Понедельник", "Вторник", "Среда", "Четверг", "Пятница",
            "Суббота", "Воскресенье");
    private static final List<String> WEEKDAYS_SHORT = List.of("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
    private static final int MAX_FORMAT = 200;

    private PythonTime() {
    }

    /** A moment as the format writes it. */
    static String format(LocalDateTime time, ZoneId zone, String format) {
        checkLength(format);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            out.append(directive(time, zone, format.charAt(++i)));
        }
        return out.toString();
    }

    private static String directive(LocalDateTime t, ZoneId zone, char d) {
        return switch (d) {
            case 'd' -> two(t.getDayOfMonth());
            case 'm' -> two(t.getMonthValue());
            case 'Y' -> String.format("%04d", t.getYear());
            case 'y' -> two(Math.floorMod(t.getYear(), 100));
            case 'H' -> two(t.getHour());
            case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'M' -> two(t.getMinute());
            case 'S' -> two(t.getSecond());
            case 'f' -> String.format("%06d", t.getNano() / 1000);
            case 'a' -> WEEKDAYS_SHORT.get(t.getDayOfWeek().getValue() - 1);
            case 'A' -> WEEKDAYS.get(t.getDayOfWeek().getValue() - 1);
            case 'w' -> String.valueOf(t.getDayOfWeek().getValue() % 7);
            case 'b' -> MONTHS_SHORT.get(t.getMonthValue() - 1);
            case 'B' -> MONTHS_GENITIVE.get(t.getMonthValue() - 1);
            case 'j' -> String.format("%03d", t.getDayOfYear());
            case 'U' -> two(weekOfYear(t.toLocalDate(), DayOfWeek.SUNDAY));
            case 'W' -> two(weekOfYear(t.toLocalDate(), DayOfWeek.MONDAY));
            case 'z' -> zone.getRules().getOffset(t).getId().replace(":", "").replace("Z", "+0000");
            case 'Z' -> zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
            case 's' -> String.valueOf(t.atZone(zone).toEpochSecond());
            case '%' -> "%";
            default -> "%" + d;
        };
    }

    /** Python's %U and %W: weeks counted from the year's first Sunday (Monday); days before it are week 0. */
    private static int weekOfYear(LocalDate date, DayOfWeek first) {
        LocalDate jan1 = date.withDayOfYear(1);
        int offset = Math.floorMod(first.getValue() - jan1.getDayOfWeek().getValue(), 7);
        long days = ChronoUnit.DAYS.between(jan1.plusDays(offset), date);
        return days < 0 ? 0 : (int) (days / 7) + 1;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** A text read by the format, as strptime does; missing parts are 1 January 1900, 00:00. */
    static LocalDateTime parse(String text, ZoneId zone, String format) {
        checkLength(format);
        List<Character> directives = new ArrayList<>();
        Pattern pattern = Pattern.compile(regex(format, directives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = pattern.matcher(text.strip());
        if (text.length() > MAX_FORMAT * 4 || !m.matches()) {
            throw new CalcException("Cannot read " + Renderer.repr(Render.cut(text, 40), 50) + " as "
                    + Renderer.repr(format, MAX_FORMAT + 2) + ".");
        }
        Fields f = new Fields();
        for (int i = 0; i < directives.size(); i++) {
            f.set(directives.get(i), m.group(i + 1), zone);
        }
        try {
            return f.time(zone);
        } catch (DateTimeException e) {
            throw new CalcException("Cannot read " + Renderer.repr(Render.cut(text, 40), 50) + " as "
                    + Renderer.repr(format, MAX_FORMAT + 2) + ": " + e.getMessage());
        }
    }

    private static String regex(String format, List<Character> directives) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                regex.append(Character.isWhitespace(c) ? "\\s+" : Pattern.quote(String.valueOf(c)));
                continue;
            }
            char d = format.charAt(++i);
            String group = switch (d) {
                case 'd', 'm', 'H', 'I', 'M', 'S', 'y', 'U', 'W', 'w' -> "(\\d{1,2})";
                case 'Y' -> "(\\d{4})";
                case 'j' -> "(\\d{1,3})";
                case 'f' -> "(\\d{1,6})";
                case 'p' -> "(AM|PM)";
                case 'b', 'B', 'a', 'A', 'Z' -> "(\\p{L}+\\.?)";
                case 'z' -> "([+-]\\d{2}:?\\d{2}|Z)";
                case 's' -> "(-?\\d{1,12})";
                case '%' -> null;
                default -> throw new CalcException("Unknown directive %" + d + " in " + Renderer.repr(format, MAX_FORMAT + 2) + ".");
            };
            if (group == null) {
                regex.append("%");
            } else {
                regex.append(group);
                directives.add(d);
            }
        }
        return regex.toString();
    }

    private static void checkLength(String format) {
        if (format.length() > MAX_FORMAT) {
            throw new CalcException("A date format may be at most " + MAX_FORMAT + " characters long.");
        }
    }

    /** The parts a text gave, put together at the end as strptime does. */
    private static final class Fields {
        private int year = 1900;
        private int month = 1;
        private int day = 1;
        private int dayOfYear;
        private int hour;
        private int minute;
        private int second;
        private int micros;
        private Boolean afternoon;
        private ZoneOffset offset;
        private Instant epoch;

        void set(char d, String value, ZoneId zone) {
            switch (d) {
                case 'd' -> day = Integer.parseInt(value);
                case 'm' -> month = Integer.parseInt(value);
                case 'Y' -> year = Integer.parseInt(value);
                case 'y' -> year = Integer.parseInt(value) + (Integer.parseInt(value) < 69 ? 2000 : 1900);
                case 'H', 'I' -> hour = Integer.parseInt(value);
                case 'M' -> minute = Integer.parseInt(value);
                case 'S' -> second = Integer.parseInt(value);
                case 'f' -> micros = Integer.parseInt((value + "00000").substring(0, 6));
                case 'j' -> dayOfYear = Integer.parseInt(value);
                case 'p' -> afternoon = value.equalsIgnoreCase("PM");
                case 'b', 'B' -> month = month(value);
                case 'z' -> offset = ZoneOffset.of(value.equals("Z") ? "Z" : value.length() == 5
                        ? value.substring(0, 3) + ":" + value.substring(3) : value);
                case 's' -> epoch = Instant.ofEpochSecond(Long.parseLong(value));
                default -> {
                    // Weekday names and week numbers say nothing strptime keeps.
                }
            }
        }

        private static int month(String name) {
            String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
            for (int i = 0; i < 12; i++) {
                if (lower.equals(MONTHS_GENITIVE.get(i)) || lower.equals(MONTHS_NOMINATIVE.get(i))
                        || lower.equals(MONTHS_SHORT.get(i))
                        || lower.equals(java.time.Month.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                        || lower.equals(java.time.Month.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                    return i + 1;
                }
            }
            throw new CalcException("Unknown month name " + Renderer.repr(name, 30) + ".");
        }

        LocalDateTime time(ZoneId zone) {
            if (epoch != null) {
                return LocalDateTime.ofInstant(epoch.plusNanos(micros * 1000L), zone);
            }
            int h = afternoon == null ? hour : hour % 12 + (afternoon ? 12 : 0);
            LocalDate date = dayOfYear > 0 ? LocalDate.ofYearDay(year, dayOfYear) : LocalDate.of(year, month, day);
            LocalDateTime local = date.atTime(h, minute, second, micros * 1000);
            return offset == null ? local : LocalDateTime.ofInstant(local.toInstant(offset), zone);
        }
    }
}
