package slotbot.app.security.corpus;

import slotbot.app.security.corpus.HostileValues.Body;
import slotbot.app.security.corpus.HostileValues.Value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The public channels, no token: the web chat API, the Telegram webhook and the demo payment API. */
final class ChatCorpus {

    static final List<String> BOT_NAMES = List.of("nobody", "%00", "a;b", "%2e%2e", "x".repeat(10_000), "%ff%fe", "DEMO", "demo%20");

    private ChatCorpus() {
    }

    static List<Probe> all(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(webChat(f));
        probes.addAll(telegram(f));
        probes.addAll(payments(f));
        return probes;
    }

    private static List<Probe> webChat(Fixture f) {
        String messages = "/api/v1/chat/demo/" + f.chatClient() + "/messages";
        List<Probe> probes = new ArrayList<>();
        for (String bot : BOT_NAMES) {
            probes.add(Probe.of("chat: bot name in the path", "POST", "/api/v1/chat/" + bot + "/sessions"));
        }
        for (Value v : HostileValues.VALUES) {
            probes.add(Probe.of("chat message text ← " + v.name(), "POST", messages)
                    .json(HostileValues.substitute("{\"text\": \"Меню\"}", "/text", v.json())));
        }
        for (Body b : HostileValues.BROKEN_JSON) {
            probes.add(Probe.of("chat message body: " + b.name(), "POST", messages).body(b.bytes(), "application/json").refused(b.refused()));
        }
        for (Body b : HostileValues.notUtf8("{\"text\": \"Меню\"}")) {
            probes.add(Probe.of("chat message body: " + b.name(), "POST", messages).body(b.bytes(), "application/json").refused());
        }
        byte[] valid = "{\"text\": \"Меню\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : FunctionCorpus.CONTENT_TYPES) {
            probes.add(Probe.of("chat message Content-Type", "POST", messages).body(valid, type));
        }
        probes.add(Probe.of("chat message Content-Type: unknown charset", "POST", messages)
                .body(valid, "application/json; charset=nonsense").refused());
        String c = f.chatClient();
        for (String client : List.of("nobody", "%00", "%2e%2e", c + ";x", c.toUpperCase(), c + "%20", "x".repeat(10_000),
                "%ff%fe", "'%20OR%20'1'='1", c + "/")) {
            String base = "/api/v1/chat/demo/" + client;
            probes.add(Probe.of("chat: client id in the path", "POST", base + "/messages").json("{\"text\": \"Меню\"}"));
            probes.add(Probe.of("chat: client id in the path", "GET", base + "/messages"));
            probes.add(Probe.of("chat: client id in the path", "GET", base + "/stream"));
        }
        for (String after : List.of("-1", "1e400", "9223372036854775808", "abc", "%00", "", "1,2", "7".repeat(5_000))) {
            probes.add(Probe.of("chat: after", "GET", messages + "?after=" + after));
            probes.add(Probe.of("chat: after", "GET", "/api/v1/chat/demo/" + c + "/stream?after=" + after));
        }
        for (String lastEvent : List.of("-1", "abc", "99999999999999999999", "1\u0000")) {
            probes.add(Probe.of("chat: Last-Event-ID", "GET", "/api/v1/chat/demo/" + c + "/stream").header("Last-Event-ID", lastEvent));
        }
        String regex = "/api/v1/chat/regexbomb/" + f.regexClient() + "/messages";
        for (String text : List.of("a".repeat(3_000), "a".repeat(3_000) + "!", "a".repeat(4_096))) {
            probes.add(Probe.of("chat: regex arrow (a|aa)+$ against long input", "POST", regex).json("{\"text\": \"" + text + "\"}"));
        }
        return probes;
    }

    private static List<Probe> telegram(Fixture f) {
        AtomicLong updates = new AtomicLong(700_000);
        String secret = f.telegramSecret();
        List<Probe> probes = new ArrayList<>();
        for (String given : List.of("", "wrong", "s".repeat(20_000), secret + "\u0000", secret.toUpperCase())) {
            probes.add(Probe.of("telegram secret", "POST", "/telegram/demo").json(update(updates.incrementAndGet()))
                    .header("X-Telegram-Bot-Api-Secret-Token", given));
        }
        probes.add(Probe.of("telegram secret", "POST", "/telegram/demo").json(update(updates.incrementAndGet())));
        for (String pointer : List.of("/update_id", "/message/text", "/message/chat/id", "/message/from/first_name")) {
            for (Value v : HostileValues.VALUES) {
                String body = HostileValues.substitute(update(updates.incrementAndGet()), pointer, v.json());
                probes.add(Probe.of("telegram update field ← " + v.name(), "POST", "/telegram/demo").json(body)
                        .header("X-Telegram-Bot-Api-Secret-Token", secret));
            }
        }
        for (Body b : HostileValues.BROKEN_JSON) {
            probes.add(Probe.of("telegram body: " + b.name(), "POST", "/telegram/demo").body(b.bytes(), "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", secret).refused(b.refused()));
        }
        for (Body b : HostileValues.notUtf8(update(updates.incrementAndGet()))) {
            probes.add(Probe.of("telegram body: " + b.name(), "POST", "/telegram/demo").body(b.bytes(), "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", secret).refused());
        }
        for (String bot : List.of("nobody", "%00", "demo;x", "DEMO", "demo/", "%2e%2e/telegram/demo")) {
            probes.add(Probe.of("telegram: bot name in the path", "POST", "/telegram/" + bot).json(update(updates.incrementAndGet()))
                    .header("X-Telegram-Bot-Api-Secret-Token", secret));
        }
        return probes;
    }

    private static String update(long id) {
        long chat = 5_000_000L + id;
        return "{\"update_id\": " + id + ", \"message\": {\"message_id\": 1, \"date\": 1900000000, \"chat\": {\"id\": " + chat
                + ", \"type\": \"private\"}, \"from\": {\"id\": " + chat + ", \"is_bot\": false, \"first_name\": \"Ива\"}, \"text\": \"Меню\"}}";
    }

    private static List<Probe> payments(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        String pay = "/api/v1/pay/demo/" + f.chatClient();
        for (String order : List.of("1", "1e400", "-1", "%00", "99999999999999999999", "abc", "", "1;x")) {
            probes.add(Probe.of("demo payment: order", "POST", pay + "?order=" + order));
        }
        probes.add(Probe.of("demo payment: path", "POST", "/api/v1/pay/%00/x?order=1"));
        probes.add(Probe.of("demo payment: path", "POST", "/api/v1/pay/demo/" + "x".repeat(10_000) + "?order=1"));
        probes.add(Probe.of("demo payment: method", "GET", pay + "?order=1"));
        return probes;
    }
}
