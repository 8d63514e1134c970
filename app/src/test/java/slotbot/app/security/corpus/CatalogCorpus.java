package slotbot.app.security.corpus;

import slotbot.app.security.corpus.HostileValues.Body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog import with the token: the test catalog with one field spoiled at a time, whole hostile documents,
 * odd content types. Runs last: a valid import deactivates what it does not list, and the test restores the catalog.
 */
final class CatalogCorpus {

    private static final String PATH = AdminCorpus.ADMIN + "/catalog";

    private CatalogCorpus() {
    }

    /** Text of the test catalog to replace (its first occurrence), by what it is. */
    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("company id", "id: 14275391");
        fields.put("company name", "name: Барбершоп «Борода»");
        fields.put("timezone", "timezone: Europe/Moscow");
        fields.put("service price", "price: 1500");
        fields.put("service duration", "duration: 60");
        fields.put("employee name", "name: Павел Тихонов");
        fields.put("employee service_ids", "service_ids: [844, 845]");
        fields.put("working hours", "\"09:00-18:00\"");
        fields.put("online_booking", "online_booking: false");
        return fields;
    }

    static List<Probe> all(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        fields().forEach((field, original) -> {
            String key = original.contains(":") && !original.startsWith("\"") ? original.substring(0, original.indexOf(':') + 2) : "";
            for (HostileYaml.Value v : HostileYaml.VALUES) {
                String spoiled = f.catalogYaml().replaceFirst(java.util.regex.Pattern.quote(original),
                        java.util.regex.Matcher.quoteReplacement(key + v.yaml()));
                probes.add(Probe.of("catalog field ← " + v.name(), "PUT", PATH).token().yaml(spoiled).refused(v.control()));
            }
        });
        // Issue 9: "a catalog with \xff\xfe is imported and deactivates the real branches".
        probes.add(Probe.of("catalog file: bytes that are not UTF-8", "PUT", PATH).token().refused().body(
                HostileValues.bytesOfUtf8AndLatin1("\u00ff\u00fe" + f.catalogYaml()), "application/yaml"));
        probes.add(Probe.of("catalog file: bytes that are not UTF-8", "PUT", PATH).token().refused().body(
                HostileValues.bytesOfUtf8AndLatin1(f.catalogYaml().replace("Барбершоп", "\u00ff\u00fe")), "application/yaml"));
        for (Body b : HostileYaml.documents()) {
            probes.add(Probe.of("catalog file: " + b.name(), "PUT", PATH).token().body(b.bytes(), "application/yaml").refused(b.refused()));
        }
        for (Body b : HostileValues.BROKEN_JSON) {
            if (b.refused()) {
                probes.add(Probe.of("catalog file: JSON " + b.name(), "PUT", PATH).token().body(b.bytes(), "application/json").refused());
            }
        }
        byte[] valid = f.catalogYaml().getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/json", "application/x-www-form-urlencoded", "multipart/form-data")) {
            probes.add(Probe.of("catalog Content-Type", "PUT", PATH).token().body(valid, type));
        }
        probes.add(Probe.of("catalog Content-Type", "PUT", PATH).token().body(valid, null));
        probes.add(Probe.of("catalog Content-Type: unknown charset", "PUT", PATH).token()
                .body(valid, "application/yaml; charset=nonsense").refused());
        for (String accept : List.of("application/json", "text/html", "*/*", "application/xml", "garbage", "application/json;q=nonsense")) {
            probes.add(Probe.of("catalog Accept", "GET", PATH).token().header("Accept", accept));
        }
        probes.add(Probe.of("token rotation", "POST", AdminCorpus.ADMIN + "/token/rotate").token().json("{\"token\": \"mine\"}"));
        probes.add(Probe.of("token rotation", "GET", AdminCorpus.ADMIN + "/token/rotate").token());
        probes.add(Probe.of("token rotation", "POST", AdminCorpus.ADMIN + "/token/rotate").token()
                .body(HostileValues.bytes("\u00ff\u00fe"), "garbage/garbage"));
        return probes;
    }
}
