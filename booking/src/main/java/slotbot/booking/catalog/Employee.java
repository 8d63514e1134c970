package slotbot.booking.catalog;

import java.util.Collection;
import java.util.List;

/** A specialist of one branch: a job title, the services they provide and their working hours. */
public record Employee(long id, long companyId, String name, String information, Long jobTitleId,
                       List<Long> serviceIds, Schedule schedule, boolean active) {

    public Employee {
        serviceIds = List.copyOf(serviceIds);
    }

    public boolean provides(Collection<Long> services) {
        return serviceIds.containsAll(services);
    }
}
