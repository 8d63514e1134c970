package slotbot.app.studio;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.bots.BotLibrary;
import slotbot.app.errors.BadInput;
import slotbot.app.web.JsonBodies;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.dialog.Reply;
import slotbot.funnel.dialog.Timer;
import tools.jackson.databind.JsonNode;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio's test chat over the admin API (any app instance continues a chat another opened): open one, say something to the draft the studio is editing (sent
 * with each message, so an edit plays at once), fire a pending timer, close it. See docs/api.md.
 */
@RestController
class SandboxController {

    static final int MAX_TEXT = 4096;
    private static final String PATH = "/api/v1/admin/bots/{name}/sandbox";
    private static final String EXAMPLE = "{\"text\": \"Привет\", \"bot\": {\"start\": \"hello\", \"blocks\": [...]}}";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Sandboxes sandboxes;
    private final BotLibrary bots;
    private final JsonBodies bodies;
    private final BookingData calendar;

    SandboxController(Sandboxes sandboxes, BotLibrary bots, JsonBodies bodies, BookingData calendar) {
        this.sandboxes = sandboxes;
        this.bots = bots;
        this.bodies = bodies;
        this.calendar = calendar;
    }

    @PostMapping(PATH)
    Map<String, Object> open(@PathVariable String name, @RequestBody(required = false) String body) {
        JsonNode request = bodies.object(body, "{\"real_bookings\": false}");
        JsonNode real = request.path("real_bookings");
        if (!real.isMissingNode() && !real.isBoolean()) {
            throw new BadInput("real_bookings: expected true or false, got " + JsonBodies.show(real));
        }
        BotLibrary.checkName(name);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sandbox", sandboxes.open(name, real.asBoolean(false)));
        answer.put("real_bookings", real.asBoolean(false));
        return answer;
    }

    @PostMapping(PATH + "/{sandbox}/messages")
    Map<String, Object> say(@PathVariable String name, @PathVariable String sandbox, @RequestBody(required = false) String body) {
        JsonNode request = bodies.object(body, EXAMPLE);
        JsonNode text = request.path("text");
        if (!text.isString() || text.asString().isBlank() || text.asString().length() > MAX_TEXT) {
            throw new BadInput("text: expected what the client says, 1 to " + MAX_TEXT + " characters, got " + JsonBodies.show(text));
        }
        sandboxes.timers(name, sandbox); // an unknown chat is 404 before its draft is read
        Bot bot = draft(name, request);
        return sandboxes.play(name, sandbox, chat -> answer(bot, chat, chat.say(bot, text.asString())));
    }

    @PostMapping(PATH + "/{sandbox}/timers/{index}/fire")
    Map<String, Object> fire(@PathVariable String name, @PathVariable String sandbox, @PathVariable String index,
                             @RequestBody(required = false) String body) {
        int pending = sandboxes.timers(name, sandbox);
        int number;
        try {
            number = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number >= pending) {
            throw new BadInput("index: expected the index of a pending timer (0 to " + (pending - 1) + "), got \""
                    + (index.length() > 20 ? index.substring(0, 17) + "..." : index) + "\"");
        }
        Bot bot = draft(name, bodies.object(body, EXAMPLE));
        int chosen = number;
        return sandboxes.play(name, sandbox, chat -> {
            if (chosen >= chat.timers().size()) {
                throw new BadInput("index: the timer " + chosen + " has fired meanwhile; " + chat.timers().size() + " pending");
            }
            return answer(bot, chat, chat.fire(bot, chosen));
        });
    }

    @DeleteMapping(PATH + "/{sandbox}")
    Map<String, Object> close(@PathVariable String name, @PathVariable String sandbox) {
        sandboxes.close(name, sandbox);
        return Map.of("status", true, "message", "test chat closed");
    }

    /** The draft sent with the request, validated as a publish would validate it; else the bot as published. */
    private Bot draft(String name, JsonNode request) {
        JsonNode tree = request.path("bot");
        if (tree.isMissingNode() || tree.isNull()) {
            return bots.bot(name).orElseThrow(() -> new BadInput("bot: expected the draft to play (the bot as JSON), since no bot "
                    + name + " is published yet; got nothing"));
        }
        if (!tree.isObject()) {
            throw new BadInput("bot: expected the draft to play as a JSON object with start and blocks, got " + JsonBodies.show(tree));
        }
        return bots.draft(name, (Map<?, ?>) JsonBodies.toJava(tree));
    }

    private Map<String, Object> answer(Bot bot, Sandbox chat, Sandbox.Played played) {
        Map<String, Object> answer = new LinkedHashMap<>();
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Reply reply : played.replies()) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("text", reply.text());
            message.put("buttons", reply.buttons().stream().map(SandboxController::button).toList());
            messages.add(message);
        }
        answer.put("messages", messages);
        answer.put("entered", played.entered());
        answer.put("errors", played.errors());
        answer.put("notes", played.notes());
        answer.put("block", chat.block());
        List<Map<String, Object>> timers = new ArrayList<>();
        List<Timer> pending = chat.timers();
        for (int i = 0; i < pending.size(); i++) {
            Timer timer = pending.get(i);
            timers.add(Map.of("index", i, "from", timer.block(), "to", Sandbox.target(bot, timer), "fire_at",
                    timer.fireAt().atZone(bot.zone()).format(WHEN)));
        }
        answer.put("timers", timers);
        answer.put("real_bookings", chat.realBookings());
        answer.put("draft_bookings", chat.drafts().stream().map(this::booking).toList());
        return answer;
    }

    private static Map<String, Object> button(Reply.ReplyButton button) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", button.text());
        if (button.url() != null) {
            map.put("url", button.url());
        }
        if (button.type() != null) {
            map.put("type", button.type());
        }
        return map;
    }

    private Map<String, Object> booking(Booking booking) {
        ZoneId zone = calendar.catalog(booking.companyId()).map(c -> c.company().zone()).orElse(ZoneId.of("UTC"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", booking.id());
        map.put("start", booking.start().atZone(zone).format(WHEN));
        map.put("employee_id", booking.employeeId());
        map.put("services", booking.services().stream().map(BookedService::title).toList());
        map.put("status", booking.status().name().toLowerCase());
        return map;
    }
}
