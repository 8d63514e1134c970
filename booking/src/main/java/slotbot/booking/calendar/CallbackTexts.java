package slotbot.booking.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The callback lines a client's dialog receives. The first is the seed's own text, word for word:
 * {@code new_order_in_calendar: [489046159] Добавлена запись с 2025-06-01 14:00 до 2025-06-01 14:30 на 30 минут. Объекту: Тест 30}.
 * A move and a cancellation follow the same shape with their own prefix and verb. A reminder and a
 * follow-up name the visit by its start and length only:
 * {@code booking_reminder: [489046159] Напоминание: запись 2025-06-01 14:00 на 30 минут. Объекту: Тест 30}.
 */
public final class CallbackTexts {

    public static final String CREATED = "new_order_in_calendar";
    public static final String MOVED = "order_moved_in_calendar";
    public static final String CANCELLED = "order_cancelled_in_calendar";
    public static final String REMINDER = "booking_reminder";
    public static final String COMPLETED = "booking_completed";

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

    private static String line(String prefix, String verb, Booking booking, String employeeName, ZoneId zone) {
        return prefix + ": [" + booking.id() + "] " + verb
                + " с " + STAMP.format(booking.start().atZone(zone))
                + " до " + STAMP.format(booking.end().atZone(zone))
                + " на " + booking.durationMinutes() + " минут. Объекту: " + employeeName;
    }
}
