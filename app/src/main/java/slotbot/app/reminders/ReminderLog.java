package slotbot.app.reminders;

import slotbot.booking.reminders.Reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the owner sees of bookings' reminders and follow-ups: which went out and when, which are still due. */
public final class ReminderLog {

    /**
     * @param state  {@code due}, {@code sent}, or {@code dropped} (its visit no longer wanted it when it came due)
     * @param doneAt when it was sent or dropped; null while due
     */
    public record Entry(Reminder reminder, String state, Instant doneAt) {
    }

    private final ReminderRows rows;

    ReminderLog(ReminderRows rows) {
        this.rows = rows;
    }

    /** Each booking's entries soonest first; a booking without any is not a key. */
    public Map<Long, List<Entry>> of(Collection<Long> bookingIds) {
        return rows.of(bookingIds).stream().collect(Collectors.groupingBy(ReminderRows.Logged::bookingId, LinkedHashMap::new,
                Collectors.mapping(l -> new Entry(l.reminder(), l.state(), l.doneAt()), Collectors.toList())));
    }
}
