package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The time asked for overlaps another active booking. A store throws it too when its own last line
 * of defence (PostgreSQL's exclusion constraint) refuses an overlapping booking.
 */
public final class SlotTaken extends BookingRefused {

    public SlotTaken(String message, Throwable cause) {
        super(message, cause);
    }

    /** A new visit: everyone who works then is booked. */
    static SlotTaken allBooked(LocalDate date, LocalTime time, int working) {
        return new SlotTaken("the time " + Texts.at(date, time) + " is taken (" + working
                + " of the employees work then, all are booked); choose another time", null);
    }

    /** A move: the booking's employee has another booking then. */
    static SlotTaken employeeBusy(String name, LocalDate date, LocalTime time) {
        return new SlotTaken(name + " is already booked at " + Texts.at(date, time), null);
    }
}
