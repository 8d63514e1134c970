package slotbot.app.security.corpus;

import slotbot.app.security.corpus.Verdicts.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings grouped by rule and by the part of the corpus that made them, each group with its requests. */
public final class CorpusReport {

    private final Map<String, List<Finding>> groups = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Finding> samples = new LinkedHashMap<>();

    /** Counts every answer by family and status, so that the report shows what each part of the corpus got. */
    public void count(Probe probe, ProbeClient.Reply reply) {
        statuses.computeIfAbsent(probe.family(), k -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
        samples.putIfAbsent(probe.family() + " " + reply.status(), new Finding("", probe, reply, ""));
    }

    /** Per family, how many answers of each status, with one request and answer of each. */
    public String statuses() {
        StringBuilder text = new StringBuilder();
        statuses.forEach((family, counts) -> {
            text.append("  ").append(family).append(": ").append(counts).append('\n');
            counts.keySet().forEach(status -> text.append("      ").append(line(samples.get(family + " " + status))).append('\n'));
        });
        return text.toString();
    }

    public void add(List<Finding> findings) {
        for (Finding f : findings) {
            groups.computeIfAbsent(f.rule() + " | " + f.probe().family(), k -> new ArrayList<>()).add(f);
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public Map<String, List<Finding>> groups() {
        return groups;
    }

    /** One line per group: the rule, the family, how many requests, and one of them with its answer. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(g -> text.append(g.getKey()).append(": ")
                .append(g.getValue().size()).append(" request(s), e.g. ").append(line(g.getValue().get(0))).append('\n'));
        return text.toString();
    }

    /** Every finding of one group, one request a line. */
    public static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append("  ").append(line(f)).append('\n'));
        return text.toString();
    }

    static String line(Finding f) {
        String answer = f.reply().failure() != null ? f.reply().failure()
                : f.reply().status() + " " + Shown.of(f.reply().text().replaceAll("\\s+", " "), 160);
        return f.probe().describe() + " → " + answer + (f.detail().isEmpty() ? "" : " (" + f.detail() + ")")
                + " in " + f.reply().millis() + " ms" + (f.reply().raw() ? " [raw socket]" : "");
    }
}
