package slotbot.app.bots;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.web.JsonBodies;
import slotbot.funnel.bot.Bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bot files through the admin API: upload (validated whole), validate without installing, list, download,
 * remove, and the versions each upload publishes. A file is YAML; the studio sends and reads the same bot as
 * JSON (Content-Type and Accept application/json), which is published as YAML.
 */
@RestController
class BotAdminController {

    private static final String JSON_EXAMPLE = "{\"start\": \"hello\", \"blocks\": [{\"id\": \"hello\", \"text\": \"Привет!\"}]}";

    private final BotLibrary bots;
    private final JsonBodies bodies;

    BotAdminController(BotLibrary bots, JsonBodies bodies) {
        this.bots = bots;
        this.bodies = bodies;
    }

    @PutMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Map<String, Object>> install(@PathVariable String name, @RequestBody(required = false) String source,
                                                @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type) {
        String file = file(name, source, type);
        return answer(() -> bots.install(name, file), "installed", true);
    }

    @PostMapping("/api/v1/admin/bots/{name}/validate")
    ResponseEntity<Map<String, Object>> validate(@PathVariable String name, @RequestBody(required = false) String source,
                                                 @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type) {
        String file = file(name, source, type);
        return answer(() -> bots.validate(name, file), "valid", false);
    }

    @GetMapping("/api/v1/admin/bots")
    List<Map<String, Object>> list() {
        return bots.list().stream().map(s -> Map.<String, Object>of("name", s.name(), "version", s.version(),
                "updated_at", s.updatedAt().toString())).toList();
    }

    /** The file as YAML; as the studio's JSON tree when the caller accepts application/json by name. */
    @GetMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Object> download(@PathVariable String name,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String source = bots.source(name).orElseThrow(() -> new NotFound("no bot named " + name));
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bots.tree(source));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(source);
    }

    @DeleteMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Map<String, Object>> remove(@PathVariable String name) {
        if (!bots.remove(name)) {
            throw new NotFound("no bot named " + name);
        }
        return ResponseEntity.ok(Map.of("status", true, "message", "bot " + name + " removed"));
    }

    @GetMapping("/api/v1/admin/bots/{name}/versions")
    Map<String, Object> versions(@PathVariable String name) {
        List<BotLibrary.Version> versions = bots.versions(name);
        if (versions.isEmpty()) {
            throw new NotFound("no bot named " + name);
        }
        return Map.of("versions", versions.stream().map(v -> Map.<String, Object>of("version", v.version(),
                "published_at", v.publishedAt().toString(), "current", v.current())).toList());
    }

    @GetMapping("/api/v1/admin/bots/{name}/versions/{version}")
    ResponseEntity<Object> version(@PathVariable String name, @PathVariable String version,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String source = bots.source(name, number(version)).orElseThrow(() -> new NotFound("bot " + name + " has no version " + version));
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bots.tree(source));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(source);
    }

    /** Publishes an older version's file again, as the newest version: the history only grows. */
    @PostMapping("/api/v1/admin/bots/{name}/versions/{version}/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String name, @PathVariable String version) {
        long number = number(version);
        String source = bots.source(name, number).orElseThrow(() -> new NotFound("bot " + name + " has no version " + version));
        return answer(() -> bots.install(name, source), "restored from version " + number, true);
    }

    /** The bot file a request carries: YAML as sent, or the studio's JSON tree written as YAML. */
    private String file(String name, String body, String type) {
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            return body;
        }
        Object tree = JsonBodies.toJava(bodies.object(body, JSON_EXAMPLE));
        return bots.fileOf(name, (Map<?, ?>) tree);
    }

    private static boolean wantsJson(String accept) {
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private static long number(String version) {
        try {
            long number = Long.parseLong(version);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        String shown = version.length() > 20 ? version.substring(0, 17) + "..." : version;
        throw new BadInput("version: expected a version number such as 3 (see /versions), got \"" + shown + "\"");
    }

    /** The answer to a bot file taken; a published one says which version plays now. */
    private ResponseEntity<Map<String, Object>> answer(Supplier<Bot> action, String verb, boolean published) {
        Bot bot = action.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", "bot " + bot.name() + " " + verb + ": " + bot.blocks().size() + " blocks");
        if (published) {
            bots.versions(bot.name()).stream().filter(BotLibrary.Version::current).findFirst()
                    .ifPresent(current -> body.put("version", current.version()));
        }
        return ResponseEntity.ok(body);
    }
}
