package slotbot.funnel.transcript;

import org.assertj.core.util.diff.DiffUtils;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bot conversations as golden files: each {@code *.transcript} under a folder is one conversation,
 * played against the dialog engine and compared with what the file says, so a change to the
 * runtime shows as a diff of conversations.
 *
 * <p>A file is a header, then steps, each followed by what it shows. A {@code #} line is a comment
 * and, like a blank line, is not compared; a comment belongs above the step it explains.
 * <pre>
 * # A client asks for the menu.
 * bot: bots/menu.yaml               the bot file, relative to the transcript; /x.yaml is on the class path
 * clock: 2030-03-04T09:00+03:00     when the conversation starts; the clock moves only with ~
 * client: web-1                     the client who speaks (default web-1)
 *
 * &gt; Меню                            the client types or presses a button
 * &lt; Выберите:                       the bot's message; its next lines start with |
 * | 1. Стрижка
 *   [Стрижка] [Борода]              its buttons, a row per line; a link is [text](url)
 * * timer set: menu -&gt; reminder in 10m
 * ~ 10m                             time passes; due timers fire in order
 * * timer fires: menu -&gt; reminder   (nothing happens) when the dialog no longer counts it
 * ! payment_received [1]            a callback reaches the dialog (a payment provider, another dialog)
 * * callback: new_order_in_calendar: [1] ...   a callback the runtime delivered by itself
 * $ cancel_booking(14275391, 1)     an outside call of a booking function for the client (admin, integrator)
 * = {'status': True, ...}           its answer
 * !! block 'menu' [2:5]: ...        a fault the bot's author reads; the client does not see it
 * * project.visits = 3              a project variable the turn set (stored as the app stores it)
 * * set web-2's reply = ok          a variable the turn set in another client's dialog (set_client_var)
 * web-2&gt; Меню                      a step by another client; what that client is shown carries its id too
 * </pre>
 * Other header keys belong to the {@link TranscriptBackend} (the app's reads {@code catalog:}).
 *
 * <p>To write a new conversation, write its header and steps only and run with
 * {@code -Dtranscripts.update=true}: the runner fills in what each step shows. The same flag
 * rewrites every file whose conversation changed (comments are kept); review the diff before
 * committing it:
 * <pre>
 * ./mvnw -B -pl funnel,app -am test -Dtest='*TranscriptsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dtranscripts.update=true
 * </pre>
 * The files are read from and written to the source folder ({@code src/test/resources/transcripts}
 * of the module under test: the funnel's small bots, the app's demo bot), not the copy on the class path.
 */
public final class Transcripts {

    private static final boolean UPDATE = Boolean.getBoolean("transcripts.update");

    private Transcripts() {
    }

    /** One test per transcript file under {@code folder} (relative to the module's folder), in name order. */
    public static Stream<DynamicTest> tests(String folder, TranscriptBackend backend) throws IOException {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve(folder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> path.toString().endsWith(".transcript")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no *.transcript files under " + root);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), file.toUri(),
                () -> check(file, backend)));
    }

    private static void check(Path file, TranscriptBackend backend) throws Exception {
        Transcript transcript = Transcript.read(file);
        checkHeader(transcript, backend);
        List<String> expected = Files.readAllLines(file);
        List<String> actual = play(transcript, backend);
        if (compared(expected).equals(compared(actual))) {
            return;
        }
        if (UPDATE) {
            Files.writeString(file, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            System.out.println("Rewrote " + file);
            return;
        }
        throw new AssertionFailedError(file.getFileName() + ": the conversation differs (- expected, + actual; "
                + "-Dtranscripts.update=true rewrites the file)\n" + diff(file, expected, actual),
                String.join("\n", compared(expected)), String.join("\n", compared(actual)));
    }

    /** The file as it would be written now: its header and steps, what each shows, and its comments where they were. */
    private static List<String> play(Transcript transcript, TranscriptBackend backend) throws Exception {
        Player player = new Player(transcript, backend);
        List<String> lines = new ArrayList<>(transcript.headerLines());
        for (Transcript.Step step : transcript.steps()) {
            lines.add(step.line());
            lines.addAll(player.play(step));
            lines.addAll(step.notes());
        }
        return lines;
    }

    private static void checkHeader(Transcript transcript, TranscriptBackend backend) {
        Set<String> known = new HashSet<>(Player.HEADER_KEYS);
        known.addAll(backend.headerKeys());
        for (String key : transcript.header().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(transcript.file().getFileName() + ": unknown header key \"" + key
                        + "\"; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    /** What is compared: every line but comments and blank ones, without trailing spaces. */
    private static List<String> compared(List<String> lines) {
        return lines.stream().filter(line -> !Transcript.isNote(line)).map(String::stripTrailing).toList();
    }

    /** The whole files, comments too, so that the line numbers are the file's. */
    private static String diff(Path file, List<String> expected, List<String> actual) {
        String name = file.getFileName().toString();
        List<String> before = expected.stream().map(String::stripTrailing).toList();
        List<String> after = actual.stream().map(String::stripTrailing).toList();
        return String.join("\n", DiffUtils.generateUnifiedDiff(name, name + " (played)", before,
                DiffUtils.diff(before, after), 3));
    }
}
