package slotbot.booking.calendar;

import slotbot.booking.availability.Hold;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The waitlist: a client whose date has no time that suits them joins the line for it, and when a cancel or a
 * move frees time there, the client longest in line is offered a start, held for them alone for a while
 * ({@link HoldOffers}). They book it as any time is booked; a hold they leave unclaimed passes to the next in line.
 */
public final class Waitlist {

    /** The most entries one client may wait in at once. */
    public static final int MAX_ENTRIES_PER_CLIENT = 10;

    private final BookingData data;
    private final Clock clock;
    private final HoldOffers offers;

    Waitlist(BookingData data, Clock clock, HoldOffers offers) {
        this.data = data;
        this.clock = clock;
        this.offers = offers;
    }

    /**
     * Puts the client in line for the date; asking again for the same thing keeps the place they had.
     *
     * @throws InvalidRequest     for an unknown branch, service or employee, or a visit over a day long
     * @throws OnlineBookingOff   when the branch takes no online bookings
     * @throws NoEmployeeProvides when nobody (or not the chosen one) provides all the services
     * @throws InThePast          for a date that has passed
     * @throws OutsideRules       for a date beyond the branch's max_advance
     * @throws WaitlistFull       when the client waits in {@link #MAX_ENTRIES_PER_CLIENT} lines already (dates that have
     *                            passed, which the sweep drops, aside)
     */
    public WaitlistEntry join(JoinRequest request) {
        Instant now = clock.instant();
        CompanyCatalog catalog = data.catalog(request.companyId()).filter(c -> c.company().active())
                .orElseThrow(() -> new UnknownBranch(request.companyId()));
        Visit visit = Visit.of(catalog, request.serviceIds(), request.employeeId());
        Company company = catalog.company();
        Rules.requireOnline(company);
        if (visit.employees().isEmpty()) {
            throw new NoEmployeeProvides(visit);
        }
        Rules.requireBookableDate(company, request.date(), now);
        List<WaitlistEntry> own = data.waitlistOf(request.clientId());
        Optional<WaitlistEntry> same = own.stream().filter(e -> e.sameAs(request)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        LocalDate today = LocalDate.ofInstant(now, company.zone());
        if (own.stream().filter(e -> !e.date().isBefore(today)).count() >= MAX_ENTRIES_PER_CLIENT) {
            throw new WaitlistFull(MAX_ENTRIES_PER_CLIENT);
        }
        WaitlistEntry entry = new WaitlistEntry(0, company.id(), request.clientId(), request.date(), request.serviceIds(),
                request.employeeId(), now);
        return data.inTransaction(tx -> tx.join(entry));
    }

    /**
     * Takes the client's entry out of the line; a start held for it passes to the next in line.
     *
     * @throws NotOnWaitlist for an unknown id or another client's entry
     */
    public void leave(long waitlistId, Requester requester) {
        Instant now = clock.instant();
        WaitlistEntry entry = data.waitlistEntry(waitlistId).filter(e -> requester.maySee(e.clientId()))
                .orElseThrow(() -> new NotOnWaitlist(waitlistId));
        data.inTransaction(tx -> {
            Optional<Hold> released = tx.holdOf(waitlistId).flatMap(hold -> {
                tx.lockEmployee(hold.employeeId());
                return tx.releaseHold(waitlistId);
            });
            tx.leaveWaitlist(waitlistId);
            released.ifPresent(hold -> passOn(tx, entry, hold, now));
            return null;
        });
    }

    /**
     * A hold's time is up: unless its client booked it or left meanwhile, their entry leaves the line and the start
     * passes to the next in line. Whatever runs it, however often, only the first run that finds the hold ends it
     * (under the employee's lock); a run before the hold's end does nothing.
     *
     * @return whether this run ended the hold
     */
    public boolean expire(long waitlistId) {
        Instant now = clock.instant();
        Optional<WaitlistEntry> entry = data.waitlistEntry(waitlistId);
        if (entry.isEmpty()) {
            return false;
        }
        return data.inTransaction(tx -> {
            Optional<Hold> hold = tx.holdOf(waitlistId).filter(h -> !h.expiresAt().isAfter(now));
            if (hold.isEmpty()) {
                return false;
            }
            tx.lockEmployee(hold.get().employeeId());
            Optional<Hold> released = tx.releaseHold(waitlistId);
            released.ifPresent(h -> {
                tx.leaveWaitlist(waitlistId);
                passOn(tx, entry.get(), h, now);
            });
            return released.isPresent();
        });
    }

    /** Takes the entries for dates that have passed, in each branch's zone, out of the line: a recurring sweep runs it. */
    public void dropPast() {
        Instant now = clock.instant();
        for (Company company : data.companies()) {
            LocalDate today = LocalDate.ofInstant(now, company.zone());
            data.inTransaction(tx -> {
                tx.dropWaitlistBefore(company.id(), today);
                return null;
            });
        }
    }

    /** A client's entry, for whoever may see it. */
    public Optional<WaitlistEntry> entry(long waitlistId, Requester requester) {
        return data.waitlistEntry(waitlistId).filter(e -> requester.maySee(e.clientId()));
    }

    private void passOn(BookingTransaction tx, WaitlistEntry entry, Hold hold, Instant now) {
        data.catalog(entry.companyId()).ifPresent(catalog -> offers.offer(tx, data, catalog, HoldOffers.Freed.by(hold), now));
    }
}
