package slotbot.booking.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The callback lines a client's dialog receives. The first is the seed's own text, word for word:
 * {@code new_order_in_calendar: [489046159] Добавлена запись с 2025-06-01 14:00 до 2025-06-01 14:30 на 30 минут. Объекту: Тест 30}.
 * A move and a cancellation follow the same shape with their own prefix and verb. A reminder and a
 * follow-up name the visit by its start and length only:
 * {@code booking_reminder: [489046159] Напоминание: запись 2025-06-01 14:00 на 30 минут. Объекту: Тест 30}.
 * A start held for a client from the waitlist is told in the contract's own short line.
 */
public final class CallbackTexts {

    public static final String CREATED = "new_order_in_calendar";
    public static final String MOVED = "order_moved_in_calendar";
    public static final String CANCELLED = "order_cancelled_in_calendar";
    public static final String REMINDER = "booking_reminder";
    public static final String COMPLETED = "booking_completed";
    public static final String WAITLIST_SLOT_FREE = "waitlist_slot_free";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallbackTexts() {
    }

    public static String created(Booking booking, String employeeName, ZoneId zone) {
        return created(booking.start(), booking.end(), employeeName, zone).text(booking.id());
    }

    /** The created line of a booking not stored yet, which the store completes with its id. */
    public static CallbackLine created(Instant start, Instant end, String employeeName, ZoneId zone) {
        return line(CREATED, "Добавлена запись", start, end, employeeName, zone);
    }

    public static String moved(Booking booking, String employeeName, ZoneId zone) {
        return line(MOVED, "Запись перенесена на время", booking.start(), booking.end(), employeeName, zone).text(booking.id());
    }

    public static String cancelled(Booking booking, String employeeName, ZoneId zone) {
        return line(CANCELLED, "Запись отменена", booking.start(), booking.end(), employeeName, zone).text(booking.id());
    }

    public static String reminder(Booking booking, String employeeName, ZoneId zone) {
        return visit(REMINDER, "Напоминание", booking, employeeName, zone);
    }

    public static String completed(Booking booking, String employeeName, ZoneId zone) {
        return visit(COMPLETED, "Визит завершён", booking, employeeName, zone);
    }

    private static String visit(String prefix, String title, Booking booking, String employeeName, ZoneId zone) {
        return prefix + ": [" + booking.id() + "] " + title + ": запись " + STAMP.format(booking.start().atZone(zone))
                + " на " + booking.durationMinutes() + " минут. Объекту: " + employeeName;
    }

    /** A start held for a waiting client: {@code waitlist_slot_free: [7] 05.02.2024 11:00}, the start on the branch's clock. */
    public static String slotFree(long waitlistId, Instant start, ZoneId zone) {
        var local = start.atZone(zone);
        return WAITLIST_SLOT_FREE + ": [" + waitlistId + "] " + Texts.at(local.toLocalDate(), local.toLocalTime());
    }

    private static CallbackLine line(String prefix, String verb, Instant start, Instant end, String employeeName,
                                     ZoneId zone) {
        long minutes = (end.getEpochSecond() - start.getEpochSecond()) / 60; // as Booking.durationMinutes
        return new CallbackLine(prefix + ": [", "] " + verb
                + " с " + STAMP.format(start.atZone(zone))
                + " до " + STAMP.format(end.atZone(zone))
                + " на " + minutes + " минут. Объекту: " + employeeName);
    }
}
