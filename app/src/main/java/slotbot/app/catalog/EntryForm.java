package slotbot.app.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.BiFunction;

/**
 * How a request body becomes a typed entry: read by the catalog's form, refused at its first bad
 * value with {@link BadCatalogValue} naming the field, the form expected and the value given.
 */
public final class EntryForm<E> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BiFunction<Node, Use, E> read;

    EntryForm(BiFunction<Node, Use, E> read) {
        this.read = read;
    }

    /** A new entry from a POST body. */
    public E create(JsonNode body) {
        return walk(body, Use.CREATE);
    }

    /** The whole of a PUT body, nothing kept from before. */
    public E replace(JsonNode body) {
        return walk(body, Use.UPDATE);
    }

    /** PUT: the current entry, as the GET answer shows it, with the request's fields over it. The id cannot change. */
    public E update(Entry<?> current, JsonNode request) {
        JsonNode given = request.get("id");
        if (given != null && !given.isNull() && !current.id().equals(Node.idOf(given))) {
            throw new BadCatalogValue("id", "expected " + current.id() + " as in the path (an id cannot be changed), got "
                    + Node.show(given));
        }
        ObjectNode merged = JSON.valueToTree(current);
        merged.remove("id");
        request.properties().forEach(field -> merged.set(field.getKey(), field.getValue()));
        merged.remove("company_id");
        return walk(merged, Use.UPDATE);
    }

    private E walk(JsonNode body, Use use) {
        Node root = Node.root(body, "");
        E entry = read.apply(root, use);
        root.problems().stream().findFirst().ifPresent(p -> {
            throw new BadCatalogValue(p.path(), p.message());
        });
        return entry;
    }
}
