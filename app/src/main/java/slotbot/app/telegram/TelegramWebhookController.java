package slotbot.app.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.Busy;
import slotbot.app.errors.Forbidden;
import slotbot.app.errors.NotFound;
import slotbot.app.errors.Unauthorized;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.Map;

/**
 * Where Telegram posts a webhook bot's updates. Only a request that carries the bot's secret (Telegram sends it
 * in {@value #SECRET_HEADER} once it was given as setWebhook's secret_token) gets in; the update is queued on its
 * chat's lane and answered once its turn has committed (see {@link #played}); the bot's replies go out after that,
 * on their own lanes, so a slow Bot API does not hold the answer up.
 */
@RestController
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** How long a webhook request waits for its update's turn (well within the time Telegram waits for an answer). */
    static final java.time.Duration PLAYED_WITHIN = java.time.Duration.ofSeconds(10);

    private final TelegramConnectors connectors;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TelegramWebhookController(TelegramConnectors connectors) {
        this.connectors = connectors;
    }

    @PostMapping("/telegram/{bot}")
    ResponseEntity<Map<String, Object>> update(@PathVariable String bot,
                                               @RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                               @RequestBody(required = false) String body) {
        TelegramConnector connector = connectors.byWebhook(bot).orElse(null);
        if (connector == null) {
            throw new NotFound("no bot named " + shorten(bot) + " takes Telegram updates by webhook here");
        }
        if (secret == null) {
            throw new Unauthorized(SECRET_HEADER + ": expected the webhook secret of bot " + bot + ", got none");
        }
        if (!connector.admits(secret)) {
            throw new Forbidden(SECRET_HEADER + ": not the webhook secret of bot " + bot);
        }
        Update update = read(body);
        if (update == null) {
            throw new BadInput("body: expected a Telegram Update as JSON, such as "
                    + "{\"update_id\": 1, \"message\": {\"message_id\": 1, \"date\": 0, \"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"Меню\"}}");
        }
        if (!played(connector.take(update))) {
            throw new Busy("bot " + bot + " is too busy to take update " + update.getUpdateId()
                    + " now; Telegram sends it again later", null);
        }
        return ResponseEntity.ok(Map.of("status", true));
    }

    /**
     * Waits for the update's turn to commit before Telegram is told it arrived: an instance killed before that leaves
     * it unanswered, and Telegram sends it again (to another instance; a repeat of a played one is recognised by its
     * id). Only an update queued behind a long queue of its chat is answered before it is played, after
     * {@link #PLAYED_WITHIN}, so that Telegram does not give up on the request. False when it could not be queued.
     */
    private static boolean played(java.util.concurrent.CompletableFuture<Boolean> done) {
        try {
            return done.get(PLAYED_WITHIN.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    private Update read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            Update update = json.readValue(body, Update.class);
            return update != null && update.getUpdateId() != null ? update : null;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }


    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
