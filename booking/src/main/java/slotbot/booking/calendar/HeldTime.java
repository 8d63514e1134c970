package slotbot.booking.calendar;

import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Held starts where a booking is written: under the employee's lock, in the transaction that books or moves, so a
 * hold and a booking of the same time can never both be granted. Another client's hold refuses the time; the
 * client's own is claimed by booking it, and their place in line with it.
 */
final class HeldTime {

    private HeldTime() {
    }

    /**
     * The client's own holds that the busy span overlaps, to be claimed once the booking is written.
     *
     * @throws SlotHeld when the span overlaps a start held for someone else
     */
    static List<Hold> check(BookingTransaction tx, long employeeId, TimeSpan busy, String client, Instant start, ZoneId zone) {
        List<Hold> holds = tx.holds(employeeId, busy.start(), busy.end());
        for (Hold hold : holds) {
            if (!hold.isFor(client)) {
                throw new SlotHeld(start, hold.expiresAt(), zone);
            }
        }
        return holds;
    }

    /** The client booked what was held for them: the holds end, and the entries they waited in leave the line. */
    static void claim(BookingTransaction tx, List<Hold> own) {
        for (Hold hold : own) {
            tx.releaseHold(hold.waitlistId());
            tx.leaveWaitlist(hold.waitlistId());
        }
    }
}
