package slotbot.booking.calendar;

import slotbot.booking.catalog.BookingRules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The branch's booking rules do not allow it: a start too soon ({@code min_notice}) or too far ahead
 * ({@code max_advance}), or a client's move or cancel too close to the start ({@code cancel_notice}).
 * The message names the rule by its catalog key.
 */
public final class OutsideRules extends BookingRefused {

    private final String rule;

    private OutsideRules(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The catalog key of the rule: {@code min_notice}, {@code max_advance} or {@code cancel_notice}. */
    public String rule() {
        return rule;
    }

    static OutsideRules tooSoon(LocalDate date, LocalTime time, Duration minNotice) {
        return new OutsideRules(BookingRules.MIN_NOTICE, "the time " + Texts.at(date, time) + " is too soon: bookings start at least "
                + BookingRules.text(minNotice) + " from now (min_notice)");
    }

    static OutsideRules tooFar(LocalDate date, LocalTime time, Duration maxAdvance) {
        return new OutsideRules(BookingRules.MAX_ADVANCE, "the time " + Texts.at(date, time) + " is too far ahead: bookings start at most "
                + BookingRules.text(maxAdvance) + " from now (max_advance)");
    }

    /** A waitlist for a date later than the last one on which a booking may start. */
    static OutsideRules dateTooFar(LocalDate date, Duration maxAdvance) {
        return new OutsideRules(BookingRules.MAX_ADVANCE, "the date " + Texts.date(date) + " is too far ahead: bookings start at most "
                + BookingRules.text(maxAdvance) + " from now (max_advance)");
    }

    static OutsideRules tooLateToChange(long bookingId, Duration cancelNotice) {
        return new OutsideRules(BookingRules.CANCEL_NOTICE, "booking " + bookingId + " can no longer be moved or cancelled: "
                + "that closes " + BookingRules.text(cancelNotice) + " before its start (cancel_notice)");
    }
}
