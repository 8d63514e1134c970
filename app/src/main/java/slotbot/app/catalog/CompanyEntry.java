package slotbot.app.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import slotbot.booking.catalog.Company;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.ZoneId;

/**
 * A branch (company): as a file or a request gives it, and as the admin API answers it, fields in this order;
 * its reminders' fields stand beside {@code booking_rules}, not in an object of their own.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompanyEntry(Long id, String name, String address, boolean onlineBooking, String timezone,
                           BookingRulesEntry bookingRules, @JsonUnwrapped RemindersEntry reminders,
                           boolean active) implements Entry<CompanyEntry> {

    /** The form of a branch in requests; a branch without a time zone gets the default one. */
    public static EntryForm<CompanyEntry> form(ZoneId defaultZone) {
        return new EntryForm<>((node, use) -> read(node, use, defaultZone));
    }

    static CompanyEntry read(Node n, Use use, ZoneId defaultZone) {
        Long id = use.id(n);
        String name = n.name("name", true, 200);
        String address = n.text("address", false, 500);
        boolean online = n.flag("online_booking", true);
        String zone = n.zone("timezone", defaultZone);
        Node rules = n.object("booking_rules");
        BookingRulesEntry bookingRules = BookingRulesEntry.read(rules);
        if (rules != null) {
            RemindersEntry.misplacedIn(rules, n);
        }
        return new CompanyEntry(id, name, address, online, zone, bookingRules, RemindersEntry.read(n), use.active(n));
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
        return new Company(id, name, address, onlineBooking, ZoneId.of(timezone), active, bookingRules.toCore(),
                reminders.toCore());
    }
}
