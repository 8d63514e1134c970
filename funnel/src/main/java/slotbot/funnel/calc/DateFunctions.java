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
 * The builder's date functions on texts: dates "dd.MM.yyyy", times "HH:mm". "Today" is the
 * runtime's variable current_date, so none of these reads a clock.
 */
final class DateFunctions {

    private static final String A_DATE = "a date like 31.12.2025";
    private static final String A_TIME = "a time like 09:30";
    private static final List<String> MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> WEEKDAYS = List.of("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    private DateFunctions() {
    }

    static void register(Registry registry) {
        registry.add("add_days", 2, 2, DateFunctions::addDays);
        registry.add("add_minutes", 2, 2, DateFunctions::addMinutes);
        registry.add("compare_date", 2, 2, a -> order(date(a, 0).compareTo(date(a, 1))));
        registry.add("compare_time", 2, 2, a -> order(time(a, 0).compareTo(time(a, 1))));
        registry.add("weekday_date", 1, 1, a -> BigDecimal.valueOf(date(a, 0).getDayOfWeek().getValue()));
        registry.add("date_rus", 1, 2, DateFunctions::russian);
        registry.add("date_label", 1, 2, a -> label(date(a, 0), a.given(1) ? date(a, 1) : null));
        registry.add("date_choices", 1, 2, DateFunctions::choices);
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

    /** "5 февраля", or "5 февраля 2025" when the second argument is true. */
    private static Object russian(Args a) {
        LocalDate date = date(a, 0);
        String text = date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1);
        return a.flag(1, false) ? text + " " + date.getYear() : text;
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

    private static String inRange(Supplier<String> computation) {
        try {
            return computation.get();
        } catch (DateTimeException e) {
            throw new CalcException("Date is out of range.");
        }
    }
}
