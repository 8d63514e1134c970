package slotbot.app.catalog;

/** A value an edit of the catalog cannot take: the path of the field and what was expected instead. */
public class BadCatalogValue extends RuntimeException {

    private final String path;

    public BadCatalogValue(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
