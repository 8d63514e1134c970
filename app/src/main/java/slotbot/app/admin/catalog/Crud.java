package slotbot.app.admin.catalog;

import slotbot.app.catalog.Deactivated;
import slotbot.app.catalog.Edits;
import slotbot.app.catalog.Entry;
import slotbot.app.catalog.EntryForm;
import slotbot.app.web.JsonBodies;
import slotbot.app.errors.BadInput;

import java.net.URI;
import java.util.List;

/**
 * What every catalog table's admin endpoints do, composed into each controller: ids and flags read
 * from the path and the query, bodies read by the catalog's form, POST answered 201 with its
 * location, PUT as "the current entry with the request's fields over it", DELETE as a deactivation.
 * Refusals are exceptions, answered in one place ({@code slotbot.app.web.ErrorAnswers}).
 */
final class Crud<E extends Entry<E>> {

    static final String ADMIN = "/api/v1/admin";

    /** A deactivation done: {"status": true, "message": ..., "bookings": [...]}. */
    record Done(boolean status, String message, List<Long> bookings) {
    }

    private final Edits<E> edits;
    private final EntryForm<E> form;
    private final JsonBodies bodies;
    private final String path;
    private final String example;

    /** @param path where a single entry lives, "/services"; @param example a body to show when one is not JSON */
    Crud(Edits<E> edits, EntryForm<E> form, JsonBodies bodies, String path, String example) {
        this.edits = edits;
        this.form = form;
        this.bodies = bodies;
        this.path = path;
        this.example = example;
    }

    /** The entries of a branch; of all branches when companyId is null. */
    List<E> list(String companyId, String all) {
        return edits.list(companyId == null ? null : id("companyId", companyId), yes("all", all));
    }

    /** An entry made, and where it now lives: the controller answers 201 with that location. */
    record Created<E>(URI location, E entry) {
    }

    Created<E> create(String companyId, String body) {
        Long company = companyId == null ? null : id("companyId", companyId);
        E created = edits.create(company, form.create(bodies.object(body, example)));
        return new Created<>(URI.create(ADMIN + path + "/" + created.id()), created);
    }

    E get(String id) {
        return edits.get(id("id", id));
    }

    E update(String id, String body) {
        long entryId = id("id", id);
        var request = bodies.object(body, example);
        return edits.update(entryId, form.update(edits.get(entryId), request));
    }

    Done deactivate(String id, String force) {
        Deactivated done = edits.deactivate(id("id", id), yes("force", force));
        return new Done(true, done.message(), done.upcomingBookings());
    }

    static long id(String name, String text) {
        if (text != null && text.strip().matches("\\d{1,18}") && Long.parseLong(text.strip()) > 0) {
            return Long.parseLong(text.strip());
        }
        throw new BadInput(name + ": expected a positive integer id such as 844, got \"" + text + "\"");
    }

    static boolean yes(String name, String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadInput(name + ": expected true or false, got \"" + text + "\"");
    }
}
