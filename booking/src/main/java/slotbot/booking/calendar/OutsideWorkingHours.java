package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** The whole visit does not fit in the working hours of anyone who could do it, at the time asked for. */
public final class OutsideWorkingHours extends BookingRefused {

    private OutsideWorkingHours(String message) {
        super(message);
    }

    /** A new visit: none of the employees who provide the services works then. */
    static OutsideWorkingHours nobody(LocalDate date, LocalTime time, Visit visit) {
        return new OutsideWorkingHours("nobody works " + Texts.at(date, time) + " for " + visit.durationMinutes()
                + " minutes of " + visit.serviceTitles());
    }

    /** A move: the booking's own employee does not work then. */
    static OutsideWorkingHours employee(String name, LocalDate date, LocalTime time, int minutes) {
        return new OutsideWorkingHours(name + " does not work " + Texts.at(date, time) + " for " + minutes + " minutes");
    }
}
