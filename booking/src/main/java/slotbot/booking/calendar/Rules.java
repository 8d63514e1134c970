package slotbot.booking.calendar;

import slotbot.booking.catalog.Company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When a branch takes a booking at all: online booking on, a start that has not passed. */
final class Rules {

    private Rules() {
    }

    static void requireOnline(Company company) {
        if (!company.takesOnlineBookings()) {
            throw new OnlineBookingOff(company);
        }
    }

    /** The instant a date and time on the branch's clock stand for. */
    static Instant instant(Company company, LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, company.zone()).toInstant();
    }

    static void requireFuture(Instant start, LocalDate date, LocalTime time, Instant now) {
        if (start.isBefore(now)) {
            throw new InThePast(date, time);
        }
    }
}
