package slotbot.app.catalog;

import slotbot.app.errors.BadInput;

/** A value an edit of the catalog cannot take: the path of the field and what was expected instead. */
public class BadCatalogValue extends BadInput {

    private final String path;

    public BadCatalogValue(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
