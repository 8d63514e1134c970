package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Objects;

/**
 * What an admin edit may refer to: an active category of the right kind or an active service, of
 * the entry's own branch. A reference the entry already has may stay, even to what was deactivated since.
 */
final class References {

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ofService(ServiceEntry changed, ServiceEntry current) {
        category(changed.companyId(), "category_id", changed.categoryId(), "service_category",
                current == null ? null : current.categoryId());
    }

    void ofEmployee(EmployeeEntry changed, EmployeeEntry current) {
        category(changed.companyId(), "job_title_id", changed.jobTitleId(), "job_title", current == null ? null : current.jobTitleId());
        services(changed.companyId(), changed.serviceIds(), current == null ? List.of() : current.serviceIds());
    }

    private void category(long companyId, String field, Long categoryId, String kind, Long current) {
        if (categoryId == null || Objects.equals(categoryId, current)) {
            return;
        }
        if (count("SELECT COUNT(*) FROM category WHERE id = ? AND company_id = ? AND kind = ? AND active = TRUE",
                categoryId, companyId, kind) == 0) {
            throw new BadCatalogValue(field, "expected the id of an active " + kind + " of company " + companyId + ", got " + categoryId);
        }
    }

    private void services(long companyId, List<Long> serviceIds, List<Long> current) {
        for (int i = 0; i < serviceIds.size(); i++) {
            Long id = serviceIds.get(i);
            if (!current.contains(id)
                    && count("SELECT COUNT(*) FROM service WHERE id = ? AND company_id = ? AND active = TRUE", id, companyId) == 0) {
                throw new BadCatalogValue("service_ids[" + i + "]", "expected the id of an active service of company " + companyId
                        + ", got " + id);
            }
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
