package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** Move a booking to a new start on the branch's clock, with the same employee and services. */
public record MoveRequest(long bookingId, LocalDate date, LocalTime time, Requester requester) {
}
