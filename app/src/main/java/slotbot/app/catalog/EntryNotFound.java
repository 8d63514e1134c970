package slotbot.app.catalog;

/** No branch, category, service or employee with that id. */
public class EntryNotFound extends RuntimeException {

    EntryNotFound(String kind, long id) {
        super("no " + kind + " " + id);
    }
}
