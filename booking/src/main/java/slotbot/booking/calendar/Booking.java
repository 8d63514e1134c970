package slotbot.booking.calendar;

import slotbot.booking.availability.TimeSpan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A client's appointment with one employee: services back to back from {@code start}. It keeps its
 * employee busy over {@code busy}: from the first service's buffer before the start to the last one's
 * buffer after the end; two busy spans of one employee that hold their time never overlap. It is never
 * erased; its {@link BookingStatus} moves only by the transitions here, each of which refuses a state
 * that does not allow it ({@link BookingNotActive}, naming the state) or a time that does not
 * ({@link AlreadyStarted}, {@link NotStartedYet}):
 * <pre>
 * active ──confirm──▶ confirmed          (before the start)
 * active, confirmed ──move──▶ active     (before the start; a moved booking is to be confirmed anew)
 * active, confirmed ──cancel──▶ cancelled  (before the start)
 * active, confirmed ──mark no-show──▶ no_show  (from the start on, also once it reads as completed)
 * active, confirmed ──its end passes──▶ completed  (read so by {@link #asOf}, not stored)
 * </pre>
 */
public record Booking(long id, long companyId, long employeeId, String clientId, Instant start, Instant end,
                      List<BookedService> services, BookingStatus status, Instant createdAt, String bookedBy,
                      long version, TimeSpan busy) {

    /**
     * No visit lasts longer: it lets a store find the bookings that overlap a span by their start
     * alone (an index range), since none can start more than this before the span.
     */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    /**
     * The longest a busy span reaches beyond its visit, before or after: a store finds the bookings
     * whose buffers reach a span within a bounded range of their start.
     */
    public static final Duration MAX_BUFFER = Duration.ofMinutes(slotbot.booking.catalog.Service.MAX_BUFFER);

    public Booking {
        services = List.copyOf(services);
        if (!busy.contains(new TimeSpan(start, end))) {
            throw new IllegalArgumentException("the busy span " + busy + " must hold the visit " + start + " .. " + end);
        }
    }

    /** A booking without buffers: busy just while the visit lasts. */
    public Booking(long id, long companyId, long employeeId, String clientId, Instant start, Instant end,
                   List<BookedService> services, BookingStatus status, Instant createdAt, String bookedBy, long version) {
        this(id, companyId, employeeId, clientId, start, end, services, status, createdAt, bookedBy, version,
                new TimeSpan(start, end));
    }

    /**
     * This booking at a new start, as long as before, and active again: the client confirmed the old time.
     *
     * @throws BookingNotActive when it is cancelled, a no-show or completed
     * @throws AlreadyStarted   when it has started by {@code at}
     */
    public Booking moveTo(Instant newStart, Instant at) {
        requireUpcoming("moved", at);
        Duration shift = Duration.between(start, newStart);
        return new Booking(id, companyId, employeeId, clientId, newStart, end.plus(shift), services,
                BookingStatus.ACTIVE, createdAt, bookedBy, version,
                new TimeSpan(busy.start().plus(shift), busy.end().plus(shift)));
    }

    /**
     * This booking cancelled at {@code at}; who cancelled and why travel with the change, not the booking.
     *
     * @throws BookingNotActive when it is cancelled already, a no-show or completed
     * @throws AlreadyStarted   when it has started by {@code at}
     */
    public Booking cancel(Instant at) {
        if (status == BookingStatus.CANCELLED) {
            throw new BookingNotActive(id, status);
        }
        requireUpcoming("cancelled", at);
        return withStatus(BookingStatus.CANCELLED);
    }

    /**
     * This booking confirmed by its client.
     *
     * @throws BookingNotActive when it is not active (confirmed already, cancelled, a no-show, completed)
     * @throws AlreadyStarted   when it has started by {@code at}
     */
    public Booking confirm(Instant at) {
        if (status != BookingStatus.ACTIVE || !end.isAfter(at)) {
            throw BookingNotActive.refuse(this, BookingStatus.CONFIRMED, "confirmed", at);
        }
        if (!start.isAfter(at)) {
            throw new AlreadyStarted(id);
        }
        return withStatus(BookingStatus.CONFIRMED);
    }

    /**
     * This booking marked by the owner as one the client did not come to. A visit that reads as
     * completed may still be marked: completed only says that its time has passed.
     *
     * @throws BookingNotActive when it is cancelled or a no-show already
     * @throws NotStartedYet    before its start
     */
    public Booking markNoShow(Instant at) {
        if (!status.holdsTime()) {
            throw BookingNotActive.refuse(this, BookingStatus.NO_SHOW, "marked a no-show", at);
        }
        if (start.isAfter(at)) {
            throw new NotStartedYet(id);
        }
        return withStatus(BookingStatus.NO_SHOW);
    }

    /**
     * This booking completed: it held its time and its end has passed by {@code at}.
     *
     * @throws BookingNotActive when it is cancelled, a no-show, or has not ended yet
     */
    public Booking complete(Instant at) {
        if (!status.holdsTime() || end.isAfter(at)) {
            throw BookingNotActive.refuse(this, BookingStatus.COMPLETED, "completed before its end", at);
        }
        return withStatus(BookingStatus.COMPLETED);
    }

    /** This booking as it reads at {@code at}: completed once the end of a booking that holds its time has passed. */
    public Booking asOf(Instant at) {
        return status.holdsTime() && !end.isAfter(at) ? withStatus(BookingStatus.COMPLETED) : this;
    }

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }

    public int durationMinutes() {
        return (int) ((end.getEpochSecond() - start.getEpochSecond()) / 60);
    }

    public BigDecimal totalPrice() {
        return services.stream().map(BookedService::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isActive() {
        return status == BookingStatus.ACTIVE;
    }

    /** Whether it keeps its employee busy over its span (active or confirmed; see {@link BookingStatus#holdsTime}). */
    public boolean holdsTime() {
        return status.holdsTime();
    }

    public boolean belongsTo(String client) {
        return clientId.equals(client);
    }

    /** Only a booking that holds its time and has not started may move or be cancelled. */
    private void requireUpcoming(String change, Instant at) {
        if (!status.holdsTime() || !end.isAfter(at)) {
            throw BookingNotActive.refuse(this, null, change, at);
        }
        if (!start.isAfter(at)) {
            throw new AlreadyStarted(id);
        }
    }

    /** The one place a status changes, everything else (the busy span too) kept as it is. */
    private Booking withStatus(BookingStatus newStatus) {
        return new Booking(id, companyId, employeeId, clientId, start, end, services, newStatus, createdAt,
                bookedBy, version, busy);
    }
}
