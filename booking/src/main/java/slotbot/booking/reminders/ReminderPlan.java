package slotbot.booking.reminders;

import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.QuietHours;
import slotbot.booking.catalog.Reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a booking's reminders and follow-up are due, worked out when it is made or moved.
 *
 * <ul>
 *   <li>A reminder is due at {@code start − r} for each {@code r} of the branch's reminders, and the
 *       follow-up at {@code end + follow_up}: spans of elapsed time, so that across a clock change
 *       "24h" before 10:00 is 09:00 or 11:00 by the branch's clock on the day before.</li>
 *   <li>A moment in the branch's quiet hours moves to their end; a reminder whose quiet period ends
 *       only at or after the visit's start moves back to the period's start instead (the evening before).</li>
 *   <li>A moment already past when the booking is made or moved is skipped, and so is one whose
 *       quiet hours would send it in the past; two reminders that fall on one moment are sent once.</li>
 * </ul>
 */
public final class ReminderPlan {

    private ReminderPlan() {
    }

    /** The booking's messages still to come, soonest first, as of {@code now}. */
    public static List<Reminder> of(Booking booking, Company branch, Instant now) {
        Reminders settings = branch.reminders();
        ZoneId zone = branch.zone();
        List<Reminder> plan = new ArrayList<>();
        Set<Instant> moments = new HashSet<>();
        for (Duration before : settings.before()) {
            Instant due = beforeVisit(booking.start().minus(before), booking.start(), settings.quiet(), zone);
            if (!due.isBefore(now) && moments.add(due)) {
                plan.add(new Reminder(Reminder.Kind.REMINDER, before, due));
            }
        }
        settings.followUpAfter().ifPresent(after -> {
            Instant due = afterVisit(booking.end().plus(after), settings.quiet(), zone);
            if (!due.isBefore(now)) {
                plan.add(new Reminder(Reminder.Kind.FOLLOW_UP, after, due));
            }
        });
        plan.sort((a, b) -> a.due().compareTo(b.due()));
        return plan;
    }

    /**
     * Whether a message due now still has a point for the booking as it reads now: a reminder while the
     * visit is upcoming and holds its time; a follow-up for a visit that took place (not cancelled, not a no-show).
     */
    public static boolean stillWanted(Reminder.Kind kind, Booking booking, Instant now) {
        Booking current = booking.asOf(now);
        return kind == Reminder.Kind.REMINDER
                ? current.holdsTime() && current.start().isAfter(now)
                : current.status() == BookingStatus.COMPLETED;
    }

    private static Instant beforeVisit(Instant moment, Instant start, Optional<QuietHours> quiet, ZoneId zone) {
        Optional<QuietHours.Night> night = quiet.flatMap(q -> q.around(moment, zone));
        if (night.isEmpty()) {
            return moment;
        }
        return night.get().end().isBefore(start) ? night.get().end() : night.get().start();
    }

    private static Instant afterVisit(Instant moment, Optional<QuietHours> quiet, ZoneId zone) {
        return quiet.flatMap(q -> q.around(moment, zone)).map(QuietHours.Night::end).orElse(moment);
    }
}
