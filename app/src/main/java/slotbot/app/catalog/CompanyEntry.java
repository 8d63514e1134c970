package slotbot.app.catalog;

import slotbot.booking.catalog.Company;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.ZoneId;

/** A branch (company): as a file or a request gives it, and as the admin API answers it, fields in this order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompanyEntry(Long id, String name, String address, boolean onlineBooking, String timezone,
                           BookingRulesEntry bookingRules, boolean active) implements Entry<CompanyEntry> {

    /** The form of a branch in requests; a branch without a time zone gets the default one. */
    public static EntryForm<CompanyEntry> form(ZoneId defaultZone) {
        return new EntryForm<>((node, use) -> read(node, use, defaultZone));
    }

    static CompanyEntry read(Node n, Use use, ZoneId defaultZone) {
        return new CompanyEntry(use.id(n), n.name("name", true, 200), n.text("address", false, 500),
                n.flag("online_booking", true), n.zone("timezone", defaultZone),
                BookingRulesEntry.read(n.object("booking_rules")), use.active(n));
    }

    @Override
    public Long companyId() {
        return null;
    }

    @Override
    public CompanyEntry in(long companyId) {
        return this;
    }

    Company toCore() {
        return new Company(id, name, address, onlineBooking, ZoneId.of(timezone), active, bookingRules.toCore());
    }
}
