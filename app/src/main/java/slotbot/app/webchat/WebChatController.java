package slotbot.app.webchat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.errors.TooMany;
import slotbot.app.text.HostileText;
import slotbot.app.web.JsonBodies;
import slotbot.funnel.dialog.Channel;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

/** The web chat API of the contract: open a conversation, say something, read what the bot said, live. */
@RestController
class WebChatController {

    static final int MAX_TEXT = 4096;
    private static final int PAGE = 200;
    /** The page shows a refusal to the client, so this one is in Russian: a message of control characters only. */
    static final String NOTHING_READABLE = "В сообщении только служебные символы, их нельзя прочитать. Напишите, пожалуйста, текстом.";

    private final DialogTurns turns;
    private final ChatSessions sessions;
    private final ChatStreams streams;
    private final JsonBodies bodies;
    private final ChatFloodGuard guard;

    WebChatController(DialogTurns turns, ChatSessions sessions, ChatStreams streams, JsonBodies bodies, ChatFloodGuard guard) {
        this.turns = turns;
        this.sessions = sessions;
        this.streams = streams;
        this.bodies = bodies;
        this.guard = guard;
    }

    /**
     * The address is the connection's, or the one a trusted proxy handed on when the server is
     * configured for it (server.forward-headers-strategy=native: Tomcat's RemoteIpValve); a
     * client's own X-Forwarded-For is never read here.
     */
    @PostMapping("/api/v1/chat/{bot}/sessions")
    ResponseEntity<Map<String, Object>> open(@PathVariable String bot, HttpServletRequest request) {
        if (!turns.botExists(bot)) {
            throw new NotFound("Такого чата нет (бот «" + shorten(bot) + "» не найден).");
        }
        ChatSessions.Opening opening = sessions.open(bot, request.getRemoteAddr());
        if (opening.refused()) {
            throw new TooMany("chat_sessions", "Слишком много новых разговоров с вашего адреса. Попробуйте через минуту.", opening.retryAfter());
        }
        return ResponseEntity.ok(Map.of("client", opening.client()));
    }

    @PostMapping("/api/v1/chat/{bot}/{client}/messages")
    ResponseEntity<Map<String, Object>> say(@PathVariable String bot, @PathVariable String client,
                                            @RequestBody(required = false) String body) {
        // The session is checked inside the turn, and only for a dialog not started yet: one that exists was
        // started through an issued session (sessions of started dialogs are kept), so it costs nothing then.
        if (client.length() > ChatSessions.MAX_CLIENT_ID || !turns.botExists(bot)) {
            throw noConversation();
        }
        JsonNode request = bodies.object(body, "{\"text\": \"Мужская стрижка\"}");
        JsonNode text = request.get("text");
        if (text == null || !text.isString() || text.stringValue().isBlank() || text.stringValue().length() > MAX_TEXT) {
            throw new BadInput("Сообщение (text) должно быть текстом от 1 до " + MAX_TEXT + " символов, получено: " + describe(text));
        }
        String typed = HostileText.cleaned(text.stringValue()).strip();
        if (typed.isEmpty()) {
            throw new BadInput(NOTHING_READABLE);
        }
        Duration wait = guard.waitBefore(client);
        if (!wait.isZero()) {
            throw new TooMany("chat_messages", "Слишком много сообщений подряд. Подождите немного и напишите снова.", wait);
        }
        try {
            return ResponseEntity.ok(ChatMessages.of(turns.inputIfMayStart(bot, client, typed, Channel.web(client),
                    () -> sessions.issued(bot, client))));
        } catch (DialogTurns.NoConversation e) {
            throw noConversation();
        }
    }

    @GetMapping("/api/v1/chat/{bot}/{client}/messages")
    ResponseEntity<Map<String, Object>> read(@PathVariable String bot, @PathVariable String client,
                                             @RequestParam(name = "after", defaultValue = "0") String after) {
        if (!sessions.issued(bot, client)) {
            throw noConversation();
        }
        Long from = parseAfter(after);
        if (from == null) {
            throw new BadInput("after: expected a message id (a whole number of 0 or more), got \"" + shorten(after) + "\"");
        }
        return ResponseEntity.ok(ChatMessages.of(turns.sentAfter(bot, client, from, PAGE)));
    }

    /** No "produces" here: the emitter sets text/event-stream itself, and a refusal must still be able to answer in JSON. */
    @GetMapping(path = "/api/v1/chat/{bot}/{client}/stream")
    SseEmitter stream(@PathVariable String bot, @PathVariable String client,
                  @RequestParam(name = "after", required = false) String after,
                  @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        if (!sessions.issued(bot, client)) {
            throw noConversation();
        }
        Long from = parseAfter(lastEventId != null ? lastEventId : after == null ? "0" : after);
        return streams.open(bot, client, from == null ? 0 : from)
                .orElseThrow(() -> new TooMany("chat_streams", "Чат сейчас перегружен. Обновите страницу чуть позже.", ChatStreams.RETRY_WHEN_FULL));
    }


    private static Long parseAfter(String text) {
        return text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : null;
    }


    private static NotFound noConversation() {
        return new NotFound("Разговор не найден: начните новый (POST /api/v1/chat/{bot}/sessions).");
    }

    private static String describe(JsonNode text) {
        if (text == null) {
            return "ничего";
        }
        return text.isString() ? text.stringValue().length() + " симв." : JsonBodies.show(text);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
