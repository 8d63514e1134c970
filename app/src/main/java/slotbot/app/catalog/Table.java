package slotbot.app.catalog;

import java.util.List;
import java.util.Optional;

/** One catalog table: its entries read and written whole. Rows are never deleted, only marked inactive. */
interface Table<E extends Entry<E>> {

    /** The table's name, which is also the word for its entries in messages: "service". */
    String kind();

    Optional<E> find(long id);

    /** The entries of a branch (of all branches for the branch table, which takes null), by id; inactive ones only when asked. */
    List<E> list(Long companyId, boolean all);

    /** Stores the entry under the id, in its branch: the row updated, or inserted when there is none. */
    void save(long id, E entry);

    /** The id of an entry of the same name in its branch, an active one first: how a file's entry without an id finds its row. */
    Optional<Long> match(E entry);
}
