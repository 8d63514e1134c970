package slotbot.app.catalog;

import slotbot.booking.catalog.Service;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/**
 * A service of a branch: as read, and as the admin API answers it, fields in this order. Duration and
 * buffers (the employee's time kept free before and after a visit) in minutes.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceEntry(Long id, Long companyId, String title, String description, BigDecimal price, int duration,
                           int bufferBefore, int bufferAfter, Long categoryId, boolean active) implements Entry<ServiceEntry> {

    public static final EntryForm<ServiceEntry> FORM = new EntryForm<>(ServiceEntry::read);
    static final int MAX_DURATION = 24 * 60;

    static ServiceEntry read(Node n, Use use) {
        return new ServiceEntry(use.id(n), null, n.name("title", true, 200), n.text("description", false, 2000),
                n.money("price"), n.integer("duration", 1, MAX_DURATION),
                n.integer("buffer_before", 0, Service.MAX_BUFFER, 0), n.integer("buffer_after", 0, Service.MAX_BUFFER, 0),
                n.optionalId("category_id"), use.active(n));
    }

    @Override
    public ServiceEntry in(long companyId) {
        return new ServiceEntry(id, companyId, title, description, price, duration, bufferBefore, bufferAfter, categoryId,
                active);
    }

    Service toCore() {
        return new Service(id, companyId, title, description, price, duration, categoryId, active, bufferBefore,
                bufferAfter);
    }
}
