package slotbot.app.catalog;

/** Where an entry is read from, which decides whether it may give its id and its active flag. */
enum Use {
    /** A catalog file: ids optional, everything listed is active. */
    FILE,
    /** An admin POST: the id optional, the new entry active. */
    CREATE,
    /** An admin PUT: the current entry with the request's fields over it; the id is the path's, active may change. */
    UPDATE;

    Long id(Node node) {
        if (this == UPDATE) {
            node.allow("id", "company_id");
            return null;
        }
        return node.optionalId("id");
    }

    boolean active(Node node) {
        return this != UPDATE || node.flag("active", true);
    }
}
