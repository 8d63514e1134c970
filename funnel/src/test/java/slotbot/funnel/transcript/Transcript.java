package slotbot.funnel.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation file as written: the header lines before the first step, and the steps. What the
 * file expects after each step is not parsed: the runner renders the conversation it plays in the
 * same form and compares the two texts.
 *
 * @param header the header's {@code key: value} lines
 */
record Transcript(Path file, List<String> headerLines, Map<String, String> header, List<Step> steps) {

    /** A client's message, a callback or an outside call, optionally by a client other than the header's. */
    private static final Pattern ACTION = Pattern.compile("([A-Za-z0-9_.:-]+)?([>!$])(?: (.*))?");
    private static final Pattern WAIT = Pattern.compile("~ (.+)");
    private static final Pattern HEADER = Pattern.compile("([a-z_-]+):\\s*(.*)");

    enum Kind { SAY, CALLBACK, CALL, WAIT }

    /**
     * One thing that happens to the conversation.
     *
     * @param client the client it comes from, or null for the header's client (and for time passing)
     * @param line   the step as written
     * @param notes  the comments and blank lines after the step's replies, kept when the file is rewritten
     */
    record Step(String client, Kind kind, String argument, String line, List<String> notes) {
    }

    static Transcript read(Path file) throws IOException {
        List<String> headerLines = new ArrayList<>();
        Map<String, String> header = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            Step step = step(line);
            if (step != null) {
                steps.add(step);
            } else if (steps.isEmpty()) {
                headerLines.add(line);
                header(line, number, file).ifPresent(entry -> header.put(entry.getKey(), entry.getValue()));
            } else if (isNote(line)) {
                steps.get(steps.size() - 1).notes().add(line);
            }
        }
        return new Transcript(file, headerLines, header, steps);
    }

    /** A comment or a blank line: neither is compared. */
    static boolean isNote(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    private static Step step(String line) {
        Matcher wait = WAIT.matcher(line);
        if (wait.matches()) {
            return new Step(null, Kind.WAIT, wait.group(1).strip(), line, new ArrayList<>());
        }
        Matcher action = ACTION.matcher(line);
        if (!action.matches()) {
            return null;
        }
        Kind kind = switch (action.group(2)) {
            case ">" -> Kind.SAY;
            case "!" -> Kind.CALLBACK;
            default -> Kind.CALL;
        };
        return new Step(action.group(1), kind, action.group(3) == null ? "" : action.group(3), line, new ArrayList<>());
    }

    private static java.util.Optional<Map.Entry<String, String>> header(String line, int number, Path file) {
        if (isNote(line)) {
            return java.util.Optional.empty();
        }
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException(file.getFileName() + ":" + number
                    + ": expected a header line such as \"bot: bots/menu.yaml\" or a step (\"> text\", \"! callback\", \"$ call()\", \"~ 10m\"), got \""
                    + line + "\"");
        }
        return java.util.Optional.of(Map.entry(m.group(1), m.group(2).strip()));
    }
}
