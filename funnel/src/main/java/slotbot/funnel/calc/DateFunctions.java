package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The builder's date functions (its page «Для работы с датами и временем») on texts: dates
 * "dd.mm.yyyy", times "HH:MM", both together "dd.mm.yyyy HH:MM". Both spellings of each name work
 * (addDays and add_days). "Today" and "now" are the run's clock in the bot's zone.
 */
final class DateFunctions {

    private static final String A_DATE = "a date like 31.12.2025";
    private static final String A_TIME = "a time like 09:30";
    private static final List<String> WEEKDAYS = List.of("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    private DateFunctions() {
    }

    static void register(Registry registry) {
        both(registry, "addDays", "add_days", 2, 2, DateFunctions::addDays);
        both(registry, "addMinutes", "add_minutes", 2, 2, DateFunctions::addMinutes);
        both(registry, "addMonth", "add_month", 2, 2, a -> addCalendar(a, false));
        both(registry, "addYear", "add_year", 2, 2, a -> addCalendar(a, true));
        both(registry, "compareDate", "compare_date", 2, 2, a -> order(date(a, 0).compareTo(date(a, 1))));
        both(registry, "compareTime", "compare_time", 2, 2, a -> order(time(a, 0).compareTo(time(a, 1))));
        registry.add("time_interval", 2, 2, DateFunctions::timeInterval);
        registry.add("weekday_date", 1, 2, DateFunctions::weekdayDate);
        registry.add("month_date", 1, 2, DateFunctions::monthDate);
        registry.add("current_date_rus", 0, 1, a -> russian(a.now().toLocalDate().plusDays(a.integer(0, 0))));
        registry.add("date_rus", 1, 2, a -> russian(inRange(() -> date(a, 0).plusDays(a.integer(1, 0)))));
        registry.add("convert_datetime", 3, 3, DateFunctions::converted);
        registry.add("get_datetime", 0, 1, a -> PythonTime.format(a.now(), a.context().zone(), a.text(0, "%d.%m.%Y %H:%M")));
        registry.add("birthdate", 1, 1, DateFunctions::birthday);
        registry.add("date_label", 1, 2, a -> label(date(a, 0), a.given(1) ? date(a, 1) : null));
        registry.add("date_choices", 1, 2, DateFunctions::choices);
    }

    private static void both(Registry registry, String camel, String snake, int min, int max,
                             java.util.function.Function<Args, Object> body) {
        registry.add(camel, min, max, body);
        registry.add(snake, min, max, body);
    }

    /** A date plus days; a date with time keeps its time. */
    private static Object addDays(Args a) {
        int days = a.integer(1);
        Optional<LocalDate> date = DateTexts.date(a.get(0));
        if (date.isPresent()) {
            return inRange(() -> date.get().plusDays(days).format(DateTexts.DATE));
        }
        LocalDateTime moment = DateTexts.dateTime(a.get(0)).orElseThrow(() -> a.wrong(0, A_DATE));
        return inRange(() -> moment.plusDays(days).format(DateTexts.DATE_TIME));
    }

    /** A time plus minutes, wrapping at midnight; a date with time moves to another day if needed. */
    private static Object addMinutes(Args a) {
        int minutes = a.integer(1);
        Optional<LocalTime> time = DateTexts.time(a.get(0));
        if (time.isPresent()) {
            return time.get().plusMinutes(minutes).format(DateTexts.TIME);
        }
        LocalDateTime moment = DateTexts.dateTime(a.get(0))
                .orElseThrow(() -> a.wrong(0, A_TIME + " or a date with time like 31.12.2025 09:30"));
        return inRange(() -> moment.plusMinutes(minutes).format(DateTexts.DATE_TIME));
    }

    /** addMonth and addYear: the same day months or years later, the 31st or the 29th of February kept within the month. */
    private static Object addCalendar(Args a, boolean years) {
        int amount = a.integer(1);
        Optional<LocalDate> date = DateTexts.date(a.get(0));
        if (date.isPresent()) {
            return inRange(() -> (years ? date.get().plusYears(amount) : date.get().plusMonths(amount)).format(DateTexts.DATE));
        }
        LocalDateTime moment = DateTexts.dateTime(a.get(0)).orElseThrow(() -> a.wrong(0, A_DATE));
        return inRange(() -> (years ? moment.plusYears(amount) : moment.plusMonths(amount)).format(DateTexts.DATE_TIME));
    }

    /**
     * time_interval(start, end): whether now is within [start, end]. Two times ("10:00", "19:00")
     * are today's, and an interval past midnight ("19:00", "07:00") holds either side of it; two
     * dates with time ("18.10.2021 10:00", "25.10.2021 23:59:59") are those moments.
     */
    private static Object timeInterval(Args a) {
        LocalDateTime now = a.now();
        Optional<LocalTime> from = DateTexts.time(a.get(0));
        Optional<LocalTime> to = DateTexts.time(a.get(1));
        if (from.isPresent() && to.isPresent()) {
            LocalTime time = now.toLocalTime();
            if (!from.get().isAfter(to.get())) {
                return !time.isBefore(from.get()) && !time.isAfter(to.get());
            }
            return !time.isBefore(from.get()) || !time.isAfter(to.get());
        }
        String both = "a time like 10:00 or a date with time like 18.10.2021 10:00 (both of one kind)";
        LocalDateTime start = DateTexts.moment(a.get(0)).orElseThrow(() -> a.wrong(0, both));
        LocalDateTime end = DateTexts.moment(a.get(1)).orElseThrow(() -> a.wrong(1, both));
        return !now.isBefore(start) && !now.isAfter(end);
    }

    /**
     * weekday_date(weekday, b=False): the date of the nearest such weekday (1 Monday … 7 Sunday)
     * after today; today itself when it is that day and b is true.
     */
    private static Object weekdayDate(Args a) {
        int weekday = a.integer(0);
        if (weekday < 1 || weekday > 7) {
            throw a.error("weekday must be from 1 (Monday) to 7 (Sunday), got " + weekday + ".");
        }
        LocalDate today = a.now().toLocalDate();
        int ahead = Math.floorMod(weekday - today.getDayOfWeek().getValue(), 7);
        if (ahead == 0 && !a.flag(1, false)) {
            ahead = 7;
        }
        return today.plusDays(ahead).format(DateTexts.DATE);
    }

    /**
     * month_date(day, b=False): the nearest date with that day of the month (1 to 31) after today,
     * or today when it is that day and b is true; a day past a month's end is its last day.
     */
    private static Object monthDate(Args a) {
        int day = a.integer(0);
        if (day < 1 || day > 31) {
            throw a.error("day must be from 1 to 31, got " + day + ".");
        }
        LocalDate today = a.now().toLocalDate();
        LocalDate thisMonth = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
        if (thisMonth.isAfter(today) || (thisMonth.equals(today) && a.flag(1, false))) {
            return thisMonth.format(DateTexts.DATE);
        }
        LocalDate next = today.plusMonths(1).withDayOfMonth(1);
        return next.withDayOfMonth(Math.min(day, next.lengthOfMonth())).format(DateTexts.DATE);
    }

    /** "5 февраля": the day and the month in the genitive, as current_date_rus and date_rus show a date. */
    private static String russian(LocalDate date) {
        return date.getDayOfMonth() + " " + PythonTime.MONTHS_GENITIVE.get(date.getMonthValue() - 1);
    }

    /** convert_datetime(text, format_in, format_out): Python's strptime then strftime, in the bot's zone. */
    private static Object converted(Args a) {
        LocalDateTime time = PythonTime.parse(a.text(0), a.context().zone(), a.text(1));
        return PythonTime.format(time, a.context().zone(), a.text(2));
    }

    /** birthdate(date_of_birth): the date of the next birthday, today included. */
    private static Object birthday(Args a) {
        LocalDate born = date(a, 0);
        LocalDate today = a.now().toLocalDate();
        LocalDate thisYear = born.withYear(today.getYear());
        return (thisYear.isBefore(today) ? born.withYear(today.getYear() + 1) : thisYear).format(DateTexts.DATE);
    }

    /** "Ср 06.03", with " (сегодня)" or " (завтра)" when {@code today} is given and it is so. */
    private static String label(LocalDate date, LocalDate today) {
        String text = WEEKDAYS.get(date.getDayOfWeek().getValue() - 1) + " " + date.format(DAY_MONTH);
        if (date.equals(today)) {
            return text + " (сегодня)";
        }
        return today != null && date.equals(today.plusDays(1)) ? text + " (завтра)" : text;
    }

    /**
     * Each date of a list as {'date': '06.03.2030', 'label': 'Ср 06.03'}: buttons show the label and
     * tools_check_user_input(choices, question, 'label', 'date') finds the date again, since the
     * calculator has no loop to label a list itself.
     */
    private static Object choices(Args a) {
        List<Object> dates = a.list(0);
        LocalDate today = a.given(1) ? date(a, 1) : null;
        a.budget().charge(dates.size());
        List<Object> result = new ArrayList<>(dates.size());
        for (Object item : dates) {
            LocalDate date = DateTexts.date(item).orElseThrow(() -> a.error(
                    "expects a list of dates like 31.12.2025, got the item " + Renderer.text(item, 40, true) + "."));
            Map<Object, Object> choice = new LinkedHashMap<>();
            choice.put("date", date.format(DateTexts.DATE));
            choice.put("label", label(date, today));
            result.add(choice);
        }
        return result;
    }

    private static LocalDate date(Args a, int index) {
        return DateTexts.date(a.get(index)).orElseThrow(() -> a.wrong(index, A_DATE));
    }

    private static LocalTime time(Args a, int index) {
        return DateTexts.time(a.get(index)).orElseThrow(() -> a.wrong(index, A_TIME));
    }

    /** -1, 0 or 1 as the first is earlier, the same, or later. */
    private static BigDecimal order(int comparison) {
        return BigDecimal.valueOf(Integer.signum(comparison));
    }

    private static <T> T inRange(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (DateTimeException e) {
            throw new CalcException("Date is out of range.");
        }
    }
}
