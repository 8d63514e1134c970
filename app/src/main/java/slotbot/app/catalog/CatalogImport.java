package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.catalog.CatalogPlan.CategoryPlan;
import slotbot.app.catalog.CatalogPlan.CompanyPlan;
import slotbot.app.catalog.CatalogPlan.EmployeePlan;
import slotbot.app.catalog.CatalogPlan.ServicePlan;
import slotbot.booking.catalog.WorkingInterval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a validated catalog: an upsert by id in one transaction, serialised across app instances
 * by the catalog lock. An entry without an id matches an existing one of its branch by name (so
 * re-importing the same file changes nothing) or gets a new id. What the file no longer lists is
 * deactivated, never deleted.
 */
public final class CatalogImport {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Runnable afterChange;

    /** @param afterChange told after each committed import, so that this instance's caches read the new catalog */
    public CatalogImport(JdbcClient jdbc, TransactionTemplate transactions, Runnable afterChange) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.afterChange = afterChange;
    }

    public record Summary(int companies, int categories, int services, int employees) {
    }

    public Summary apply(CatalogPlan plan) {
        Summary summary = write(plan);
        afterChange.run();
        return summary;
    }

    private Summary write(CatalogPlan plan) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE").query(Long.class).single();
            List<Long> companyIds = new ArrayList<>();
            int categories = 0;
            int services = 0;
            int employees = 0;
            for (CompanyPlan company : plan.companies()) {
                long id = upsertCompany(company);
                companyIds.add(id);
                categories += company.categories().size();
                services += company.services().size();
                employees += company.employees().size();
                writeChildren(id, company);
            }
            deactivateOthers("company", "1 = 1", companyIds);
            jdbc.sql("UPDATE catalog_version SET version = version + 1 WHERE id = 1").update();
            return new Summary(companyIds.size(), categories, services, employees);
        });
    }

    private long upsertCompany(CompanyPlan c) {
        long id = resolve("company", c.id(), "name = ?", c.name());
        int rows = jdbc.sql("UPDATE company SET name = ?, address = ?, online_booking = ?, timezone = ?, active = TRUE WHERE id = ?")
                .params(c.name(), c.address(), c.onlineBooking(), c.zone().getId(), id).update();
        if (rows == 0) {
            jdbc.sql("INSERT INTO company (id, name, address, online_booking, timezone, active) VALUES (?, ?, ?, ?, ?, TRUE)")
                    .params(id, c.name(), c.address(), c.onlineBooking(), c.zone().getId()).update();
        }
        return id;
    }

    private void writeChildren(long companyId, CompanyPlan company) {
        List<Long> categories = new ArrayList<>();
        for (CategoryPlan c : company.categories()) {
            long id = resolve("category", c.id(), "company_id = ? AND kind = ? AND name = ?", companyId, c.type().wireName(), c.name());
            upsert(id, "UPDATE category SET company_id = ?, kind = ?, name = ?, description = ?, active = TRUE WHERE id = ?",
                    "INSERT INTO category (company_id, kind, name, description, active, id) VALUES (?, ?, ?, ?, TRUE, ?)",
                    companyId, c.type().wireName(), c.name(), c.description());
            categories.add(id);
        }
        List<Long> services = new ArrayList<>();
        for (ServicePlan s : company.services()) {
            long id = resolve("service", s.id(), "company_id = ? AND title = ?", companyId, s.title());
            upsert(id, "UPDATE service SET company_id = ?, title = ?, description = ?, price = ?, duration_minutes = ?, category_id = ?, active = TRUE WHERE id = ?",
                    "INSERT INTO service (company_id, title, description, price, duration_minutes, category_id, active, id) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)",
                    companyId, s.title(), s.description(), s.price(), s.durationMinutes(), s.categoryId());
            services.add(id);
        }
        List<Long> employees = new ArrayList<>();
        for (EmployeePlan e : company.employees()) {
            long id = resolve("employee", e.id(), "company_id = ? AND name = ?", companyId, e.name());
            upsert(id, "UPDATE employee SET company_id = ?, name = ?, information = ?, job_title_id = ?, active = TRUE WHERE id = ?",
                    "INSERT INTO employee (company_id, name, information, job_title_id, active, id) VALUES (?, ?, ?, ?, TRUE, ?)",
                    companyId, e.name(), e.information(), e.jobTitleId());
            writeServices(id, e.serviceIds());
            writeSchedule(id, e);
            employees.add(id);
        }
        deactivateOthers("category", "company_id = " + companyId, categories);
        deactivateOthers("service", "company_id = " + companyId, services);
        deactivateOthers("employee", "company_id = " + companyId, employees);
    }

    private void writeServices(long employeeId, List<Long> serviceIds) {
        jdbc.sql("DELETE FROM employee_service WHERE employee_id = ?").param(employeeId).update();
        for (int i = 0; i < serviceIds.size(); i++) {
            jdbc.sql("INSERT INTO employee_service (employee_id, service_id, seq) VALUES (?, ?, ?)")
                    .params(employeeId, serviceIds.get(i), i).update();
        }
    }

    private void writeSchedule(long employeeId, EmployeePlan e) {
        jdbc.sql("DELETE FROM working_hours WHERE employee_id = ?").param(employeeId).update();
        for (Map.Entry<DayOfWeek, List<WorkingInterval>> day : e.schedule().weekly().entrySet()) {
            for (WorkingInterval interval : day.getValue()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, day_of_week, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                        .params(employeeId, day.getKey().getValue(), interval.startMinute(), interval.endMinute()).update();
            }
        }
        for (Map.Entry<LocalDate, List<WorkingInterval>> date : e.schedule().dates().entrySet()) {
            if (date.getValue().isEmpty()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, on_date) VALUES (?, ?)")
                        .params(employeeId, date.getKey()).update();
            }
            for (WorkingInterval interval : date.getValue()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, on_date, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                        .params(employeeId, date.getKey(), interval.startMinute(), interval.endMinute()).update();
            }
        }
    }

    /** The given id, or the id of the entry that matches by name, or the next free id of the table. */
    private long resolve(String table, Long given, String match, Object... matchParams) {
        if (given != null) {
            return given;
        }
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + match + " ORDER BY active DESC, id")
                .params(matchParams).query(Long.class).list().stream().findFirst()
                .orElseGet(() -> jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).query(Long.class).single());
    }

    private void upsert(long id, String update, String insert, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }

    private void deactivateOthers(String table, String scope, List<Long> keep) {
        String kept = keep.isEmpty() ? "" : " AND id NOT IN (:keep)";
        var statement = jdbc.sql("UPDATE " + table + " SET active = FALSE WHERE " + scope + " AND active = TRUE" + kept);
        if (!keep.isEmpty()) {
            statement = statement.param("keep", keep);
        }
        statement.update();
    }
}
