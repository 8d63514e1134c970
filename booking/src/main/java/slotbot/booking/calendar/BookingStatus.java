package slotbot.booking.calendar;

public enum BookingStatus {
    ACTIVE, CANCELLED
}
