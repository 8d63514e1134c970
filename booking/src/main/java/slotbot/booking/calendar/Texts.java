package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times in refusals and callbacks as the functions take them: {@code 05.02.2024 09:30}. */
final class Texts {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private Texts() {
    }

    static String at(LocalDate date, LocalTime time) {
        return AT.format(date.atTime(time));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
