package slotbot.app.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of /actuator/prometheus, read as Prometheus reads it: a value per series (a name and its labels). */
record Scrape(String text, Map<Series, Double> values) {

    record Series(String name, Map<String, String> labels) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    static Scrape of(String text) {
        Map<Series, Double> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a line of Prometheus's text format: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            values.put(new Series(m.group(1), labels), number(m.group(3)));
        }
        return new Scrape(text, values);
    }

    private static double number(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }

    /** The series' value, 0 when it is not there (a meter appears with its first recording). */
    double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return values.entrySet().stream()
                .filter(e -> e.getKey().name().equals(name) && e.getKey().labels().equals(wanted))
                .map(Map.Entry::getValue)
                .filter(Objects::nonNull)
                .findFirst().orElse(0.0);
    }

    boolean has(String name) {
        return values.keySet().stream().anyMatch(series -> series.name().equals(name));
    }
}
