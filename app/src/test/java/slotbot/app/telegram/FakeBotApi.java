package slotbot.app.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A Telegram Bot API on loopback, in the spirit of HikariCP's StubDataSource: it serves the updates a test makes
 * users send, records what the bot sends, and fails on command (a 500 whose plain-text page quotes the URL and so
 * the token, as a careless proxy's would; a 429 with retry_after; a call held past the client's timeout). A
 * failure is queued per method and used up by the next call of that method.
 */
final class FakeBotApi implements AutoCloseable {

    /** How the next call of a method goes wrong. */
    sealed interface Failure permits ServerError, TooManyRequests, Timeout {
    }

    record ServerError() implements Failure {
    }

    record TooManyRequests(int retryAfter) implements Failure {
    }

    record Timeout(Duration hold) implements Failure {
    }

    /** One request to the fake as it came. */
    record Call(String method, String token, JsonNode body, String raw) {
    }

    /** A message the bot sent (only those the fake accepted), with its inline keyboard as sent. */
    record Sent(int messageId, long chat, String text, ObjectNode message) {

        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            message.path("reply_markup").path("inline_keyboard")
                    .forEach(row -> rows.add(row.valueStream().map(b -> b.path("text").asString()).toList()));
            return rows;
        }

        List<String> labels() {
            return rows().stream().flatMap(List::stream).toList();
        }

        /** The buttons of a reply keyboard (the one a phone button needs), row after row. */
        List<JsonNode> keyboardButtons() {
            return message.path("reply_markup").path("keyboard").valueStream().flatMap(JsonNode::valueStream).toList();
        }

        /** Whether the message takes away the reply keyboard shown before it ({@code remove_keyboard}). */
        boolean removesKeyboard() {
            return message.path("reply_markup").path("remove_keyboard").asBoolean(false);
        }

        Optional<JsonNode> button(String label) {
            return message.path("reply_markup").path("inline_keyboard").valueStream().flatMap(JsonNode::valueStream)
                    .filter(b -> label.equals(b.path("text").asString())).findFirst();
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long BOT_ID = 4_000_000_042L;
    private static final List<String> METHODS = List.of("getMe", "getUpdates", "deleteWebhook", "setWebhook", "sendMessage",
            "answerCallbackQuery");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-bot-api");
        thread.setDaemon(true);
        return thread;
    });
    private final String prefix;
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final List<ObjectNode> pending = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FakeBotApi(String prefix) throws IOException {
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    /** @param prefix a path the Bot API sits under, as behind a proxy ("" for none) */
    static FakeBotApi start(String prefix) {
        try {
            return new FakeBotApi(prefix);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake Bot API", e);
        }
    }

    /** The value for slotbot.telegram.api-url. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    // --- failure switches

    void fail(String method, Failure... next) {
        Deque<Failure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(next));
        }
    }

    int failuresLeft() {
        return failures.values().stream().mapToInt(q -> {
            synchronized (q) {
                return q.size();
            }
        }).sum();
    }

    void clearFailures() {
        failures.clear();
    }

    // --- users

    /** A user writes; several texts come in one getUpdates batch. */
    void says(long chat, String... texts) {
        List<ObjectNode> updates = new ArrayList<>();
        for (String text : texts) {
            ObjectNode update = update();
            message(update.putObject("message"), chat).put("text", text);
            updates.add(update);
        }
        queue(updates);
    }

    void sendsSticker(long chat) {
        ObjectNode update = update();
        message(update.putObject("message"), chat).putObject("sticker").put("file_id", "CAACAgIAAxk").put("file_unique_id", "AgAD")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        queue(List.of(update));
    }

    /** The user shares a contact: their own (a phone button's answer, userId = chat) or someone else's. */
    void sharesContact(long chat, String phone, long userId) {
        ObjectNode update = update();
        message(update.putObject("message"), chat).putObject("contact").put("phone_number", phone).put("first_name", "Иван")
                .put("user_id", userId);
        queue(List.of(update));
    }

    /** An update as Telegram would post it to a webhook: a user writes. */
    ObjectNode textUpdate(long chat, String text) {
        ObjectNode update = update();
        message(update.putObject("message"), chat).put("text", text);
        return update;
    }

    /** Queues an update as is, however odd. */
    void queue(ObjectNode update) {
        queue(List.of(update));
    }

    ObjectNode update() {
        return JSON.createObjectNode().put("update_id", nextUpdateId.getAndIncrement());
    }

    /**
     * The user presses the button with this label under the latest message that has one; the press carries that
     * message with its keyboard, as Telegram's does. Answers the callback query's id.
     */
    String presses(long chat, String label) {
        List<Sent> messages = sentTo(chat);
        Sent under = null;
        for (int i = messages.size() - 1; i >= 0 && under == null; i--) {
            under = messages.get(i).button(label).isPresent() ? messages.get(i) : null;
        }
        if (under == null) {
            throw new AssertionError("no button «" + label + "» was sent to chat " + chat + "; sent: " + texts(chat));
        }
        ObjectNode update = update();
        String id = "cq-" + update.path("update_id").asInt();
        ObjectNode query = update.putObject("callback_query").put("id", id).put("chat_instance", "ci-" + chat)
                .put("data", under.button(label).orElseThrow().path("callback_data").asString());
        user(query.putObject("from"), chat);
        query.set("message", under.message().deepCopy());
        queue(List.of(update));
        return id;
    }

    // --- what the bot did

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Sent> sentTo(long chat) {
        return sent.stream().filter(m -> m.chat() == chat).toList();
    }

    List<String> texts(long chat) {
        return sentTo(chat).stream().map(Sent::text).toList();
    }

    boolean answered(String callbackQueryId) {
        return calls("answerCallbackQuery").stream()
                .anyMatch(c -> c.body() != null && callbackQueryId.equals(c.body().path("callback_query_id").asString()));
    }

    /** Waits for the first message to the chat that matches, and answers it. */
    Sent awaitSent(long chat, Predicate<Sent> which) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(chat).stream().anyMatch(which));
        return sentTo(chat).stream().filter(which).findFirst().orElseThrow();
    }

    Sent awaitText(long chat, String fragment) {
        return awaitSent(chat, m -> m.text().contains(fragment));
    }

    // --- serving

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!path.startsWith(prefix + "/bot")) {
                answer(exchange, 404, error(404, "Not Found"));
                return;
            }
            String[] parts = path.substring(prefix.length() + "/bot".length()).split("/", 2);
            String token = java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String method = canonical(parts.length > 1 ? parts[1] : "");
            JsonNode body = parse(raw);
            calls.add(new Call(method, token, body, raw));
            Failure failure = nextFailure(method);
            if (failure != null) {
                fail(exchange, failure, path);
                return;
            }
            answer(exchange, 200, ok(method, body));
        }
    }

    private JsonNode ok(String method, JsonNode call) {
        JsonNode body = call == null ? JSON.createObjectNode() : call;
        return switch (method) {
            case "getMe" -> result(user(JSON.createObjectNode(), BOT_ID).put("is_bot", true).put("username", "slotbot_test_bot"));
            case "deleteWebhook", "setWebhook", "answerCallbackQuery" -> JSON.createObjectNode().put("ok", true).put("result", true);
            case "getUpdates" -> result(updatesFrom(body.path("offset").asInt(0), body.path("limit").asInt(100), body.path("timeout").asInt(0)));
            case "sendMessage" -> result(accept(body));
            default -> error(404, "Not Found: method not found");
        };
    }

    private ObjectNode accept(JsonNode body) {
        long chat = Long.parseLong(body.path("chat_id").asString());
        ObjectNode message = JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement())
                .put("date", Instant.now().getEpochSecond()).put("text", body.path("text").asString());
        user(message.putObject("from"), BOT_ID).put("is_bot", true);
        message.putObject("chat").put("id", chat).put("type", "private");
        if (body.has("reply_markup")) {
            message.set("reply_markup", body.get("reply_markup"));
        }
        sent.add(new Sent(message.path("message_id").asInt(), chat, message.path("text").asString(), message));
        return message;
    }

    /** Long polling: waits up to the timeout (at most a second here) for updates at or after the offset. */
    private ArrayNode updatesFrom(int offset, int limit, int timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, 1));
        synchronized (pending) {
            pending.removeIf(u -> u.path("update_id").asInt() < offset);
            while (pending.isEmpty() && System.nanoTime() < deadline && closing.getCount() > 0) {
                try {
                    pending.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode updates = JSON.createArrayNode();
            pending.stream().limit(limit).forEach(updates::add);
            return updates;
        }
    }

    private void queue(List<ObjectNode> updates) {
        synchronized (pending) {
            pending.addAll(updates);
            pending.notifyAll();
        }
    }

    private void fail(HttpExchange exchange, Failure failure, String path) throws IOException {
        if (failure instanceof TooManyRequests tooMany) {
            ObjectNode answer = error(429, "Too Many Requests: retry after " + tooMany.retryAfter());
            answer.putObject("parameters").put("retry_after", tooMany.retryAfter());
            answer(exchange, 429, answer);
        } else if (failure instanceof Timeout timeout) {
            try {
                closing.await(timeout.hold().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 504, error(504, "Gateway Timeout"));
        } else {
            byte[] page = ("500 Internal Server Error while proxying POST " + path).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(500, page.length);
            exchange.getResponseBody().write(page);
        }
    }

    private Failure nextFailure(String method) {
        Deque<Failure> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private static void answer(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException gone) {
            // the client gave up waiting (a Timeout failure): nothing to tell it any more
        }
    }

    /** Telegram takes method names in any case, and the library writes some in lower case ("getme"). */
    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private static ObjectNode result(JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private ObjectNode message(ObjectNode message, long chat) {
        message.put("message_id", nextMessageId.getAndIncrement()).put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chat).put("type", "private").put("first_name", "Иван");
        user(message.putObject("from"), chat);
        return message;
    }

    private static ObjectNode user(ObjectNode user, long id) {
        return user.put("id", id).put("is_bot", false).put("first_name", "Иван").put("last_name", "Петров");
    }

    private static JsonNode parse(String raw) {
        try {
            return raw.isBlank() ? null : JSON.readTree(raw);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
