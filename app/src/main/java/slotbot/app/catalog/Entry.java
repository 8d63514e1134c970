package slotbot.app.catalog;

/** What every catalog entry has: an id (absent until stored, when a request or a file leaves it out) and its branch. */
public interface Entry<E extends Entry<E>> {

    Long id();

    /** The branch it belongs to; null for a branch itself. */
    Long companyId();

    /** The same entry placed in a branch. */
    E in(long companyId);
}
