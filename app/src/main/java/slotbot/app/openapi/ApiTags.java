package slotbot.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * The groups of the OpenAPI document, by feature. A path belongs to the group one of whose prefixes it is or
 * starts with (the paths are the contract; the controllers behind them move between packages). A path of no
 * group gets no tag, which OpenApiTest refuses: a new API is given its group here.
 */
final class ApiTags {

    static final String FUNCTIONS = "Functions";
    static final String WEB_CHAT = "Web chat";
    static final String ADMIN_BOOKINGS = "Admin: bookings";
    static final String ADMIN_CLIENTS = "Admin: clients";
    static final String ADMIN_CATALOG = "Admin: catalog";
    static final String ADMIN_BOTS = "Admin: bots";
    static final String ADMIN_DIALOGS = "Admin: dialogs";
    static final String ADMIN_TOKEN = "Admin: token";

    private static final String ADMIN = "/api/v1/admin/";

    record Group(String name, String description, List<String> prefixes) {

        boolean holds(String path) {
            return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        }

        Tag tag() {
            return new Tag().name(name).description(description);
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group(FUNCTIONS, "The booking functions, for an integrator or an LLM agent: find a branch, its "
                    + "services, employees, dates and times, then book, move, cancel or confirm for a client. Each takes "
                    + "positional `args` and the `client_id` of the person in the chat.",
                    List.of("/api/v1/functions")),
            new Group(WEB_CHAT, "The booking dialog of a bot in a browser (what the chat page at /chat/{bot} uses), "
                    + "and the demo payment page's button. Public: no token.",
                    List.of("/api/v1/chat", "/api/v1/pay")),
            new Group(ADMIN_BOOKINGS, "The owner's view of the calendar: list and filter by status, read, book, move, "
                    + "cancel (with a reason), confirm any client's bookings, and mark a no-show; who waits for a day "
                    + "(the waitlist) and the starts held for them; follow a branch's dates live (server-sent events) by "
                    + "the server's clock; the free times the owner may book or move to at the desk.",
                    List.of(ADMIN + "bookings", ADMIN + "waitlist", ADMIN + "calendar", ADMIN + "clock", ADMIN + "free-times")),
            new Group(ADMIN_CLIENTS, "The clients: find them by phone or name, see one with their bookings and "
                    + "no-shows, set a name and phone.", List.of(ADMIN + "clients")),
            new Group(ADMIN_CATALOG, "Branches, categories, services, employees and their schedules: the whole "
                    + "catalog as one file (import and export) or one entry at a time.",
                    List.of(ADMIN + "catalog", ADMIN + "companies", ADMIN + "categories", ADMIN + "services",
                            ADMIN + "employees")),
            new Group(ADMIN_BOTS, "Bot files: install, check, download and remove the bots that run the dialogs; "
                    + "list and edit a bot's project variables (project.x in its code).",
                    List.of(ADMIN + "bots")),
            new Group(ADMIN_DIALOGS, "The clients' conversations with the bots: list, read and reset them.",
                    List.of(ADMIN + "dialogs")),
            new Group(ADMIN_TOKEN, "The API token itself: replace it with a new one.", List.of(ADMIN + "token")));

    private ApiTags() {
    }

    /** Lists the groups in this order and gives every operation the one tag of its path, replacing springdoc's. */
    static void apply(OpenAPI openApi) {
        openApi.setTags(GROUPS.stream().map(Group::tag).toList());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            List<String> tags = groupOf(path).map(group -> List.of(group.name())).orElse(null);
            item.readOperations().forEach(operation -> operation.setTags(tags));
        });
    }

    static Optional<Group> groupOf(String path) {
        return GROUPS.stream().filter(group -> group.holds(path)).findFirst();
    }
}
