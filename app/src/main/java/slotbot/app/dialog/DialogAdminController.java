package slotbot.app.dialog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.web.HostileText;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dialogs through the admin API: list, read one (state, variables, messages), reset one. */
@RestController
class DialogAdminController {

    private static final int MAX_LISTED = 500;
    private static final int MAX_MESSAGES = 500;

    private final JdbcClient jdbc;
    private final DialogRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DialogAdminController(JdbcClient jdbc, DialogRows rows, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/dialogs")
    Map<String, Object> list(@RequestParam(name = "bot", required = false) String bot,
                             @RequestParam(name = "client_id", required = false) String client) {
        HostileText.require("bot", bot, HostileText.Form.NAME);
        HostileText.require("client_id", client, HostileText.Form.NAME);
        String where = (blankToNull(bot) == null ? "" : " AND bot = :bot") + (blankToNull(client) == null ? "" : " AND client_id = :client");
        var query = jdbc.sql("SELECT bot, client_id, block, updated_at FROM dialog WHERE 1 = 1" + where
                + " ORDER BY updated_at DESC FETCH FIRST " + MAX_LISTED + " ROWS ONLY");
        if (blankToNull(bot) != null) {
            query = query.param("bot", bot);
        }
        if (blankToNull(client) != null) {
            query = query.param("client", client);
        }
        List<Map<String, Object>> dialogs = query
                .query((rs, n) -> summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
        return Map.of("dialogs", dialogs);
    }

    @GetMapping("/api/v1/admin/dialogs/{bot}/{client}")
    ResponseEntity<Map<String, Object>> read(@PathVariable String bot, @PathVariable String client) {
        if (!rows.exists(bot, client)) {
            return noDialog(bot, client);
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
            return noDialog(bot, client);
        }
        transactions.executeWithoutResult(status -> {
            var d = rows.lock(bot, client, clock.instant());
            rows.save(new slotbot.funnel.dialog.Dialog(bot, client, null, d.visit() + 1, d.timerEpoch() + 1, Map.of()), clock.instant());
            jdbc.sql("DELETE FROM dialog_timer WHERE bot = ? AND client_id = ?").params(bot, client).update();
        });
        return ResponseEntity.ok(Map.of("status", true, "message", "dialog " + bot + "/" + client + " reset"));
    }

    private static Map<String, Object> summary(String bot, String client, String block, OffsetDateTime updated) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bot", bot);
        json.put("client_id", client);
        json.put("block", block);
        json.put("updated_at", updated.toInstant().toString());
        return json;
    }

    private static ResponseEntity<Map<String, Object>> noDialog(String bot, String client) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", false, "message",
                "no dialog of bot " + bot + " with client " + (client.length() > 64 ? client.substring(0, 64) + "..." : client)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
