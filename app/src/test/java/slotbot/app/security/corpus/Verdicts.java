package slotbot.app.security.corpus;

import slotbot.app.security.corpus.ProbeClient.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What every answer of the corpus must satisfy; each broken rule is one finding. */
public final class Verdicts {

    /** A broken rule: {@code rule} names it for grouping, {@code detail} says what the answer was. */
    public record Finding(String rule, Probe probe, Reply reply, String detail) {
    }

    static final Pattern STACK_TRACE = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.springframework|org\\.apache|org\\.h2|org\\.postgresql|tools\\.jackson|com\\.fasterxml"
                    + "|org\\.yaml|org\\.snakeyaml|slotbot)\\.[\\w.$]+(Exception|Error)\\b"
                    + "|\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)|\\(Unknown Source\\)|\\(Native Method\\)");
    private static final Pattern CHAT_MESSAGE = Pattern.compile("/api/v1/chat/[^/]+/[^/]+/messages");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Verdicts() {
    }

    public static List<Finding> judge(Probe probe, Reply reply, boolean tokenWasSent) {
        List<Finding> findings = new ArrayList<>();
        if (reply.failure() != null) {
            findings.add(new Finding("no HTTP answer", probe, reply, reply.failure()));
            return findings;
        }
        int status = reply.status();
        // 505 is the protocol's own answer to a version it does not speak, not a fault of the server's (its body is still judged).
        if (status >= 500 && status != 505) {
            findings.add(new Finding("5xx", probe, reply, ""));
        }
        var trace = STACK_TRACE.matcher(reply.text());
        if (trace.find()) {
            findings.add(new Finding("stack trace or exception name in the body", probe, reply, "found \"" + trace.group() + "\""));
        }
        if (needsJson(probe, reply) && json(reply) == null) {
            findings.add(new Finding(status >= 400 ? "error answered not as JSON" : "API answered not as JSON", probe, reply,
                    "Content-Type " + reply.contentType()));
        }
        if (probe.isProtected() && !tokenWasSent && status >= 200 && status < 300) {
            findings.add(new Finding("2xx without the token", probe, reply, "routed as " + probe.normalisedPath()));
        }
        if (probe.mustRefuse() && (status < 400 || status >= 500)) {
            findings.add(new Finding("not refused (4xx expected)", probe, reply, ""));
        }
        if (lostChatTurn(probe, reply)) {
            findings.add(new Finding("chat message answered 200 with no reply (the turn was lost)", probe, reply, ""));
        }
        return findings;
    }

    private static boolean needsJson(Probe probe, Reply reply) {
        if (probe.method().equals("HEAD") || reply.status() == 204 || reply.status() == 304 || refusesJson(probe)) {
            return false;
        }
        if (probe.method().equals("OPTIONS") && reply.status() < 300) {
            return false; // the answer is its Allow header
        }
        if (reply.status() >= 400) {
            return true;
        }
        String type = reply.contentType();
        boolean notJsonByDesign = type.startsWith("application/yaml") || type.startsWith("text/event-stream");
        return probe.isApi() && reply.status() < 300 && !notJsonByDesign;
    }

    /** A caller whose Accept rules JSON out cannot be answered in JSON; what it gets instead is not judged. */
    private static boolean refusesJson(Probe probe) {
        return probe.headers().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Accept")
                && !h.getValue().contains("json") && !h.getValue().contains("*/*"));
    }

    private static boolean lostChatTurn(Probe probe, Reply reply) {
        if (!probe.method().equals("POST") || reply.status() != 200 || !CHAT_MESSAGE.matcher(probe.normalisedPath()).matches()) {
            return false;
        }
        JsonNode answer = json(reply);
        return answer != null && answer.path("messages").isArray() && answer.path("messages").isEmpty();
    }

    static JsonNode json(Reply reply) {
        try {
            return reply.body().length == 0 ? null : JSON.readTree(reply.body());
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
