package slotbot.app.catalog;

import slotbot.app.errors.NotFound;

/** No branch, category, service or employee with that id. */
public class EntryNotFound extends NotFound {

    EntryNotFound(String kind, long id) {
        super("no " + kind + " " + id);
    }
}
