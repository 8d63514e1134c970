package slotbot.app.catalog;

import slotbot.booking.catalog.CategoryType;
import slotbot.booking.catalog.Schedule;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** A catalog file after validation: every value well-formed, every reference resolved within its branch. Ids may be absent. */
public record CatalogPlan(List<CompanyPlan> companies) {

    public record CompanyPlan(Long id, String name, String address, boolean onlineBooking, ZoneId zone,
                              List<CategoryPlan> categories, List<ServicePlan> services, List<EmployeePlan> employees) {
    }

    public record CategoryPlan(Long id, CategoryType type, String name, String description) {
    }

    public record ServicePlan(Long id, String title, String description, BigDecimal price, int durationMinutes,
                              Long categoryId) {
    }

    public record EmployeePlan(Long id, String name, String information, Long jobTitleId, List<Long> serviceIds,
                               Schedule schedule) {
    }
}
