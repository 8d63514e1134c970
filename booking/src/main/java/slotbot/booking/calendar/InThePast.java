package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** The time asked for has already passed in the branch's time zone. */
public final class InThePast extends BookingRefused {

    InThePast(LocalDate date, LocalTime time) {
        super("the time " + Texts.at(date, time) + " is in the past");
    }
}
