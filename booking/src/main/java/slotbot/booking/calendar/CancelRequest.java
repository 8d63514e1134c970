package slotbot.booking.calendar;

import java.util.Optional;

/** Cancel a booking; when the caller names a branch ({@code companyId}), it must be the booking's. */
public record CancelRequest(long bookingId, Optional<Long> companyId, Requester requester) {
}
