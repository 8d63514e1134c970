package slotbot.app.variables;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.bots.BotLibrary;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.web.JsonBodies;
import slotbot.funnel.bot.BotLimits;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A bot's project variables through the admin API, as the builder's project settings show them:
 * list, read one, set one (its version rises, so a dialog that read the old value is played again)
 * and remove one.
 */
@RestController
class ProjectVariablesController {

    private static final String PATH = "/api/v1/admin/bots/{bot}/variables";
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final ProjectVariableRows variables;
    private final BotLibrary bots;
    private final JsonBodies bodies;
    private final Clock clock;

    ProjectVariablesController(ProjectVariableRows variables, BotLibrary bots, JsonBodies bodies, Clock clock) {
        this.variables = variables;
        this.bots = bots;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> list(@PathVariable String bot) {
        requireBot(bot);
        return variables.list(bot).stream().map(ProjectVariablesController::json).toList();
    }

    @GetMapping(path = PATH + "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> read(@PathVariable String bot, @PathVariable String name) {
        requireBot(bot);
        return json(variables.find(bot, name(name)).orElseThrow(() -> new NotFound("bot " + bot + " has no project variable " + name)));
    }

    @PutMapping(path = PATH + "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> put(@PathVariable String bot, @PathVariable String name, @RequestBody(required = false) String body) {
        requireBot(bot);
        JsonNode request = bodies.object(body, "{\"value\": 28}");
        if (!request.has("value") || request.get("value").isNull()) {
            throw new BadInput("value: expected the variable's value as JSON (a number, text, list or object), as in "
                    + "{\"value\": 28}, got " + (request.has("value") ? "null" : "nothing") + "; to remove it, DELETE it");
        }
        Object value = JsonBodies.toJava(request.get("value"));
        int size = variables.json(value).length();
        if (size > BotLimits.MAX_PROJECT_VARIABLE_JSON) {
            throw new BadInput("value: expected at most " + BotLimits.MAX_PROJECT_VARIABLE_JSON + " characters as JSON, got " + size);
        }
        String checked = name(name);
        if (variables.find(bot, checked).isEmpty() && variables.count(bot) >= BotLimits.MAX_PROJECT_VARIABLES) {
            throw new BadInput("name: bot " + bot + " has " + BotLimits.MAX_PROJECT_VARIABLES
                    + " project variables already, the most it may have; remove one first");
        }
        return json(variables.put(bot, checked, value, clock.instant()));
    }

    @DeleteMapping(path = PATH + "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> remove(@PathVariable String bot, @PathVariable String name) {
        requireBot(bot);
        if (!variables.remove(bot, name(name))) {
            throw new NotFound("bot " + bot + " has no project variable " + name);
        }
        return Map.of("status", true, "message", "project variable " + name + " of bot " + bot + " removed");
    }

    private void requireBot(String bot) {
        if (bots.source(bot).isEmpty()) {
            throw new NotFound("no bot named " + bot);
        }
    }

    private static String name(String name) {
        if (name.length() > BotLimits.MAX_VARIABLE_NAME || !NAME.matcher(name).matches()) {
            throw new BadInput("name: expected a variable name of letters, digits and '_' not starting with a digit, "
                    + "at most " + BotLimits.MAX_VARIABLE_NAME + " characters, as in project.visits, got \""
                    + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "\"");
        }
        return name;
    }

    private static Map<String, Object> json(ProjectVariableRows.Variable variable) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", variable.name());
        json.put("value", variable.value());
        json.put("version", variable.version());
        json.put("updated_at", variable.updatedAt().toInstant().toString());
        return json;
    }
}
