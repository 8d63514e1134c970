package slotbot.app.reminders;

import slotbot.app.catalog.CatalogCache;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.reminders.Reminder;
import slotbot.booking.reminders.ReminderPlan;

import java.time.Clock;

/**
 * Keeps each booking's reminders and follow-up in step with it, inside the booking's own transaction: a
 * new booking gets its moments, a move replaces those still due with the new time's, a cancel voids them,
 * a no-show voids the follow-up. A booking and its reminders commit together or not at all.
 */
final class BookingReminders implements BookingEventListener {

    private final ReminderRows rows;
    private final CatalogCache catalog;
    private final Clock clock;

    BookingReminders(ReminderRows rows, CatalogCache catalog, Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void on(BookingEvent event) {
        long id = event.booking().id();
        if (event instanceof BookingEvent.BookingCreated) {
            plan(event.booking());
        } else if (event instanceof BookingEvent.BookingMoved) {
            rows.voidDue(id);
            plan(event.booking());
        } else if (event instanceof BookingEvent.BookingCancelled) {
            rows.voidDue(id);
        } else if (event instanceof BookingEvent.BookingMarkedNoShow) {
            rows.voidDue(id, Reminder.Kind.FOLLOW_UP);
        }
        // a confirmed visit is reminded as before: the client still wants to know when to come
    }

    private void plan(Booking booking) {
        catalog.catalog(booking.companyId()).ifPresent(branch ->
                ReminderPlan.of(booking, branch.company(), clock.instant()).forEach(r -> rows.add(booking.id(), r)));
    }
}
