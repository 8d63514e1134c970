package slotbot.booking.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The callback lines a client's dialog receives. The first is the seed's own text, word for word:
 * {@code new_order_in_calendar: [489046159] Добавлена запись с 2025-06-01 14:00 до 2025-06-01 14:30 на 30 минут. Объекту: Тест 30}.
 * A move and a cancellation follow the same shape with their own prefix and verb; a start held for a client from
 * the waitlist is told in the contract's own short line.
 */
public final class CallbackTexts {

    public static final String CREATED = "new_order_in_calendar";
    public static final String MOVED = "order_moved_in_calendar";
    public static final String CANCELLED = "order_cancelled_in_calendar";
    public static final String WAITLIST_SLOT_FREE = "waitlist_slot_free";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallbackTexts() {
    }

    public static String created(Booking booking, String employeeName, ZoneId zone) {
        return line(CREATED, "Добавлена запись", booking, employeeName, zone);
    }

    public static String moved(Booking booking, String employeeName, ZoneId zone) {
        return line(MOVED, "Запись перенесена на время", booking, employeeName, zone);
    }

    public static String cancelled(Booking booking, String employeeName, ZoneId zone) {
        return line(CANCELLED, "Запись отменена", booking, employeeName, zone);
    }

    /** A start held for a waiting client: {@code waitlist_slot_free: [7] 05.02.2024 11:00}, the start on the branch's clock. */
    public static String slotFree(long waitlistId, Instant start, ZoneId zone) {
        var local = start.atZone(zone);
        return WAITLIST_SLOT_FREE + ": [" + waitlistId + "] " + Texts.at(local.toLocalDate(), local.toLocalTime());
    }

    private static String line(String prefix, String verb, Booking booking, String employeeName, ZoneId zone) {
        return prefix + ": [" + booking.id() + "] " + verb
                + " с " + STAMP.format(booking.start().atZone(zone))
                + " до " + STAMP.format(booking.end().atZone(zone))
                + " на " + booking.durationMinutes() + " минут. Объекту: " + employeeName;
    }
}
