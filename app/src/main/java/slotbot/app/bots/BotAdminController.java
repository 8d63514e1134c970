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
import slotbot.app.errors.NotFound;
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
        return ResponseEntity.ok(bots.source(name).orElseThrow(() -> new NotFound("no bot named " + name)));
    }

    @DeleteMapping("/api/v1/admin/bots/{name}")
    ResponseEntity<Map<String, Object>> remove(@PathVariable String name) {
        if (!bots.remove(name)) {
            throw new NotFound("no bot named " + name);
        }
        return ResponseEntity.ok(Map.of("status", true, "message", "bot " + name + " removed"));
    }

    private ResponseEntity<Map<String, Object>> answer(java.util.function.Supplier<Bot> action, String verb) {
        Bot bot = action.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", "bot " + bot.name() + " " + verb + ": " + bot.blocks().size() + " blocks");
        return ResponseEntity.ok(body);
    }
}
