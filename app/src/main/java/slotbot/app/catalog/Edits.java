package slotbot.app.catalog;

import java.util.List;

/**
 * Single entries of one catalog table, one at a time, as the admin API edits them: each write under
 * the catalog's write discipline, references checked against the database, never a row deleted.
 */
public final class Edits<E extends Entry<E>> {

    /** What an edit must satisfy beyond its form; {@code current} is null for a new entry. */
    interface Check<E> {
        void check(E changed, E current);
    }

    private final Table<E> table;
    private final Table<CompanyEntry> companies;
    private final CatalogWrites writes;
    private final Check<E> check;
    private final boolean guardsBookings;

    Edits(Table<E> table, Table<CompanyEntry> companies, CatalogWrites writes, Check<E> check, boolean guardsBookings) {
        this.table = table;
        this.companies = companies;
        this.writes = writes;
        this.check = check;
        this.guardsBookings = guardsBookings;
    }

    /** The entries of a branch (null: the branches themselves), inactive ones only when asked. */
    public List<E> list(Long companyId, boolean all) {
        if (companyId != null) {
            requireCompany(companyId);
        }
        return table.list(companyId, all);
    }

    public E get(long id) {
        return table.find(id).orElseThrow(() -> new EntryNotFound(table.kind(), id));
    }

    /** Stores a new entry in a branch (null: a new branch), under its own id if it gives a free one. */
    public E create(Long companyId, E entry) {
        long id = writes.write(() -> {
            E placed = companyId == null ? entry : entry.in(requireCompany(companyId));
            long newId = writes.newId(table.kind(), entry.id());
            check.check(placed, null);
            table.save(newId, placed);
            return newId;
        });
        return get(id);
    }

    public E update(long id, E entry) {
        writes.write(() -> {
            E current = get(id);
            E changed = current.companyId() == null ? entry : entry.in(current.companyId());
            check.check(changed, current);
            table.save(id, changed);
            return id;
        });
        return get(id);
    }

    /** A branch or an employee with bookings still to come is deactivated only when forced; the bookings are kept. */
    public Deactivated deactivate(long id, boolean force) {
        return writes.deactivate(table.kind(), id, guardsBookings, force);
    }

    private long requireCompany(long companyId) {
        companies.find(companyId).orElseThrow(() -> new EntryNotFound(companies.kind(), companyId));
        return companyId;
    }
}
