package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** The time asked for has already passed in the branch's time zone. */
public final class InThePast extends BookingRefused {

    InThePast(LocalDate date, LocalTime time) {
        super("the time " + Texts.at(date, time) + " is in the past");
    }

    /** A whole date that has passed (a waitlist waits for a date, not a time). */
    InThePast(LocalDate date) {
        super("the date " + Texts.date(date) + " is in the past");
    }
}
