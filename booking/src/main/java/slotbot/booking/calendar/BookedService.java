package slotbot.booking.calendar;

import java.math.BigDecimal;

/** A service as it was when booked: later price or title changes do not rewrite old bookings. */
public record BookedService(long serviceId, String title, BigDecimal price, int durationMinutes) {
}
