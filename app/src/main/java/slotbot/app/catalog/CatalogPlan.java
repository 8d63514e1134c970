package slotbot.app.catalog;

import slotbot.booking.catalog.CompanyCatalog;

import java.util.List;

/** A catalog file after validation: every value well-formed, every reference resolved within its branch. Ids may be absent. */
public record CatalogPlan(List<CompanyPlan> companies) {

    /** A branch with its entries, which take the branch's id when stored. */
    public record CompanyPlan(CompanyEntry company, List<CategoryEntry> categories, List<ServiceEntry> services,
                              List<EmployeeEntry> employees) {

        /** The branch as the booking core reads it, when the file gives every id: the functions can run on it without a database. */
        public CompanyCatalog toCore() {
            long id = company.id();
            return new CompanyCatalog(company.toCore(), categories.stream().map(c -> c.in(id).toCore()).toList(),
                    services.stream().map(s -> s.in(id).toCore()).toList(), employees.stream().map(e -> e.in(id).toCore()).toList());
        }
    }
}
