package slotbot.app.catalog;

import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.List;

/** An employee of a branch with the services they provide and their hours: as read, and as the admin API answers it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmployeeEntry(Long id, Long companyId, String name, String information, Long jobTitleId, boolean active,
                            List<Long> serviceIds, @JsonSerialize(converter = ScheduleForm.Json.class) Schedule schedule)
        implements Entry<EmployeeEntry> {

    public static final EntryForm<EmployeeEntry> FORM = new EntryForm<>(EmployeeEntry::read);
    public static final EntryForm<Schedule> SCHEDULE = new EntryForm<>((node, use) -> ScheduleForm.read(node));

    public EmployeeEntry {
        serviceIds = List.copyOf(serviceIds);
    }

    static EmployeeEntry read(Node n, Use use) {
        return new EmployeeEntry(use.id(n), null, n.name("name", true, 200), n.text("information", false, 2000),
                n.optionalId("job_title_id"), use.active(n), n.ids("service_ids", "[844, 845]"),
                ScheduleForm.read(n.object("schedule")));
    }

    @Override
    public EmployeeEntry in(long companyId) {
        return new EmployeeEntry(id, companyId, name, information, jobTitleId, active, serviceIds, schedule);
    }

    public EmployeeEntry withSchedule(Schedule hours) {
        return new EmployeeEntry(id, companyId, name, information, jobTitleId, active, serviceIds, hours);
    }

    Employee toCore() {
        return new Employee(id, companyId, name, information, jobTitleId, serviceIds, schedule, active);
    }
}
