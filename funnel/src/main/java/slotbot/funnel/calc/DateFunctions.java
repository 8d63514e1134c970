package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
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

    private DateFunctions() {
    }

    static void register(Registry registry) {
        registry.add("add_days", 2, 2, DateFunctions::addDays);
        registry.add("add_minutes", 2, 2, DateFunctions::addMinutes);
        registry.add("compare_date", 2, 2, a -> order(date(a, 0).compareTo(date(a, 1))));
        registry.add("compare_time", 2, 2, a -> order(time(a, 0).compareTo(time(a, 1))));
        registry.add("weekday_date", 1, 1, a -> BigDecimal.valueOf(date(a, 0).getDayOfWeek().getValue()));
        registry.add("date_rus", 1, 2, DateFunctions::russian);
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
