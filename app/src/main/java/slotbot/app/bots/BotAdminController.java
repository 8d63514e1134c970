package slotbot.app.bots;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotRefused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bot files through the admin API: upload (validated whole), validate without installing, list, download, remove. */
@RestController
class BotAdminController {

    private final BotLibrary bots;

    BotAdminController(BotLibrary bots) {
        this.bots = bots;
    }

    @PutMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Map<String, Object>> install(@PathVariable String name, @RequestBody(required = false) String source) {
        return answer(() -> bots.install(name, source), "installed");
    }

    @PostMapping("/api/v1/admin/bots/{name}/validate")
    ResponseEntity<Map<String, Object>> validate(@PathVariable String name, @RequestBody(required = false) String source) {
        return answer(() -> bots.validate(name, source), "valid");
    }

    @GetMapping("/api/v1/admin/bots")
    List<Map<String, Object>> list() {
        return bots.list().stream().map(s -> Map.<String, Object>of("name", s.name(), "version", s.version(),
                "updated_at", s.updatedAt().toString())).toList();
    }

    @GetMapping(path = "/api/v1/admin/bots/{name}", produces = "application/yaml")
    ResponseEntity<String> download(@PathVariable String name) {
        return bots.source(name).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":false,\"message\":\"no bot named " + name.replace("\"", "") + "\"}"));
    }

    @DeleteMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Map<String, Object>> remove(@PathVariable String name) {
        return bots.remove(name)
                ? ResponseEntity.ok(Map.of("status", true, "message", "bot " + name + " removed"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", false, "message", "no bot named " + name));
    }

    private ResponseEntity<Map<String, Object>> answer(java.util.function.Supplier<Bot> action, String verb) {
        try {
            Bot bot = action.get();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", true);
            body.put("message", "bot " + bot.name() + " " + verb + ": " + bot.blocks().size() + " blocks");
            return ResponseEntity.ok(body);
        } catch (BotRefused e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", false);
            body.put("message", e.problems().size() + " problem(s); nothing was changed");
            body.put("errors", e.problems());
            return ResponseEntity.badRequest().body(body);
        }
    }
}
