package slotbot.app.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import slotbot.booking.functions.BookingFunctions;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branches that take online bookings, each with its services, as one resource an assistant can read
 * before it talks with a client: what get_companies_for_booking and get_services_for_booking answer, read
 * afresh on every read, so a catalog change shows at once.
 */
final class BranchesResource {

    static final String URI = "slotbot://branches";

    private final BookingFunctions functions;
    private final ObjectMapper answers;

    BranchesResource(BookingFunctions functions, ObjectMapper answers) {
        this.functions = functions;
        this.answers = answers;
    }

    SyncResourceSpecification specification() {
        Resource resource = Resource.builder()
                .uri(URI)
                .name("branches")
                .title("Branches and their services")
                .description("Every branch that takes online bookings (id, name, address) with its services (id, title, "
                        + "description, price, duration in minutes): the ids the booking tools take as company_id and service_ids.")
                .mimeType("application/json")
                .build();
        return new SyncResourceSpecification(resource, (context, request) -> ReadResourceResult.builder(List.of(
                TextResourceContents.builder(URI, answers.writeValueAsString(branches())).mimeType("application/json").build()))
                .build());
    }

    private List<Map<String, Object>> branches() {
        return list(functions.call("get_companies_for_booking", List.of(), null).value()).stream().map(branch -> {
            Map<String, Object> withServices = new LinkedHashMap<>(branch);
            withServices.put("services", list(functions.call("get_services_for_booking", List.of(branch.get("id")), null).value()));
            return withServices;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
