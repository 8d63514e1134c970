package slotbot.app.dialog;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.errors.NotFound;
import slotbot.app.text.HostileText;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dialogs through the admin API: list, read one (state, variables, messages), reset one. */
@RestController
class DialogAdminController {

    private static final int MAX_LISTED = 500;
    private static final int MAX_MESSAGES = 500;

    private final DialogTimers timers;
    private final DialogRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DialogAdminController(DialogTimers timers, DialogRows rows, TransactionTemplate transactions, Clock clock) {
        this.timers = timers;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/dialogs")
    Map<String, Object> list(@RequestParam(name = "bot", required = false) String bot,
                             @RequestParam(name = "client_id", required = false) String client) {
        HostileText.require("bot", bot, HostileText.Form.NAME);
        HostileText.require("client_id", client, HostileText.Form.NAME);
        List<Map<String, Object>> dialogs = rows.recent(blankToNull(bot), blankToNull(client), MAX_LISTED).stream()
                .map(d -> summary(d.bot(), d.clientId(), d.block(), d.updatedAt())).toList();
        return Map.of("dialogs", dialogs);
    }

    @GetMapping("/api/v1/admin/dialogs/{bot}/{client}")
    ResponseEntity<Map<String, Object>> read(@PathVariable String bot, @PathVariable String client) {
        if (!rows.exists(bot, client)) {
            throw noDialog(bot, client);
        }
        Map<String, Object> dialog = transactions.execute(status -> {
            var d = rows.lock(bot, client, clock.instant());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bot", bot);
            json.put("client_id", client);
            json.put("block", d.block());
            json.put("variables", d.variables());
            json.put("messages", rows.messagesAfter(bot, client, 0, List.of("in", "out", "callback"), MAX_MESSAGES).stream()
                    .map(m -> Map.of("id", m.id(), "direction", m.direction(), "text", m.text(), "at", m.at().toString()))
                    .toList());
            return json;
        });
        return ResponseEntity.ok(dialog);
    }

    /** Back to the start: the next message begins the bot anew; pending timers are voided; the history stays. */
    @DeleteMapping("/api/v1/admin/dialogs/{bot}/{client}")
    ResponseEntity<Map<String, Object>> reset(@PathVariable String bot, @PathVariable String client) {
        if (!rows.exists(bot, client)) {
            throw noDialog(bot, client);
        }
        transactions.executeWithoutResult(status -> {
            var d = rows.lock(bot, client, clock.instant());
            rows.save(new slotbot.funnel.dialog.Dialog(bot, client, null, d.visit() + 1, d.timerEpoch() + 1, Map.of()), clock.instant());
            timers.voidAll(bot, client);
        });
        return ResponseEntity.ok(Map.of("status", true, "message", "dialog " + bot + "/" + client + " reset"));
    }

    private static Map<String, Object> summary(String bot, String client, String block, java.time.Instant updated) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bot", bot);
        json.put("client_id", client);
        json.put("block", block);
        json.put("updated_at", updated.toString());
        return json;
    }

    private static NotFound noDialog(String bot, String client) {
        return new NotFound("no dialog of bot " + bot + " with client " + (client.length() > 64 ? client.substring(0, 64) + "..." : client));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
