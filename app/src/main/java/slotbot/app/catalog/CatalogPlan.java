package slotbot.app.catalog;

import java.util.List;

/** A catalog file after validation: every value well-formed, every reference resolved within its branch. Ids may be absent. */
public record CatalogPlan(List<CompanyPlan> companies) {

    /** A branch with its entries, which take the branch's id when stored. */
    public record CompanyPlan(CompanyEntry company, List<CategoryEntry> categories, List<ServiceEntry> services,
                              List<EmployeeEntry> employees) {
    }
}
