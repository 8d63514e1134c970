package slotbot.booking.calendar;

import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.Company;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a branch takes a booking at all: online booking on, a start that has not passed, within the
 * branch's booking rules; and when a client may still change one.
 */
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

    /** The start lies in the branch's window: no sooner than min_notice from now, no later than max_advance ahead. */
    static void requireWithinRules(Company company, Instant start, LocalDate date, LocalTime time, Instant now) {
        BookingRules rules = company.rules();
        if (start.isBefore(rules.earliest(now))) {
            throw OutsideRules.tooSoon(date, time, rules.minNotice());
        }
        if (start.isAfter(rules.latest(now))) {
            throw OutsideRules.tooFar(date, time, rules.maxAdvance());
        }
    }

    /** A date on which a booking may still start: not past, not beyond max_advance (a waitlist waits for a date). */
    static void requireBookableDate(Company company, LocalDate date, Instant now) {
        if (date.isBefore(LocalDate.ofInstant(now, company.zone()))) {
            throw new InThePast(date);
        }
        if (date.isAfter(LocalDate.ofInstant(company.rules().latest(now), company.zone()))) {
            throw OutsideRules.dateTooFar(date, company.rules().maxAdvance());
        }
    }

    /** A client changes a booking no later than cancel_notice before its start; the business any time before it. */
    static void requireMayChange(Company company, Booking booking, Requester requester, Instant now) {
        Duration notice = company.rules().cancelNotice();
        if (requester.boundByCancelNotice() && !company.rules().clientMayChange(booking.start(), now)) {
            throw OutsideRules.tooLateToChange(booking.id(), notice);
        }
    }
}
