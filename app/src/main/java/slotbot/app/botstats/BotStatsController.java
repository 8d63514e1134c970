package slotbot.app.botstats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.bots.BotLibrary;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.funnel.bot.Bot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The owner's funnel numbers of a bot: {@code GET /api/v1/admin/bots/{name}/stats?from=2025-06-01&to=2025-06-30}. */
@RestController
class BotStatsController {

    /** A year and a day: a range the page asks for in one go, and no more rows than that read at once. */
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final BotLibrary bots;
    private final BotStats stats;

    BotStatsController(BotLibrary bots, BotStats stats) {
        this.bots = bots;
        this.stats = stats;
    }

    @GetMapping("/api/v1/admin/bots/{name}/stats")
    Map<String, Object> stats(@PathVariable String name, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new BadInput("to: expected a date on or after from (" + first + "), got \"" + to + "\"");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BadInput("to: expected at most " + MAX_DAYS + " days from " + first + ", got \"" + to + "\"");
        }
        Bot bot = bots.bot(name).orElseThrow(() -> new NotFound("no bot named " + name));
        FunnelCounts counts = stats.of(bot, first, last);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clients", counts.clients());
        body.put("booked_clients", counts.bookedClients());
        body.put("blocks", counts.blocks().stream().map(b -> {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("id", b.id());
            block.put("visits", b.visits());
            block.put("clients", b.clients());
            block.put("went_on", b.wentOn());
            return block;
        }).toList());
        return body;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInput(field + ": expected a date as yyyy-MM-dd such as \"2025-06-01\" (in the bot's time zone), got nothing");
        }
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            throw new BadInput(field + ": expected a date as yyyy-MM-dd such as \"2025-06-01\" (in the bot's time zone), got \""
                    + shown + "\"");
        }
    }
}
