package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every calc/&lt;feature&gt;/&lt;case&gt;.calc: its comments say what it must give.
 * {@code /* expect: X *}{@code /} — Render.text of variable {@code result}, or else of the last bare expression;
 * {@code /* expect repr: X *}{@code /} — the same value as Python's repr (for texts with line breaks);
 * {@code /* expect error: [l:c] message *}{@code /} — one per diagnostic, parse errors then run errors;
 * {@code /* now: dd.MM.yyyy HH:mm *}{@code /} — the run's clock, in Moscow (default: {@link Fixtures#CONTEXT});
 * {@code /* page: URL *}{@code /} — required under calc/builder/: the builder's page the example comes from.
 */
class GoldenFilesTest {

    private static final Pattern EXPECT = Pattern.compile("/\\*\\s*expect( repr| error)?:\\s?(.*?)\\s*\\*/", Pattern.DOTALL);
    private static final Pattern NOW = Pattern.compile("/\\*\\s*now:\\s*(\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2})");
    private static final Pattern PAGE = Pattern.compile("/\\*\\s*page:\\s*(https://docs\\.salebot\\.pro/\\S+)");

    private record Expectations(String value, boolean repr, List<String> errors) {
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenFilesTest.class.getResource("/calc").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> path.toString().endsWith(".calc")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(file ->
                DynamicTest.dynamicTest(root.relativize(file).toString(), file.toUri(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String code = Files.readString(file);
        Expectations expected = expectations(code);
        assertThat(expected.value() != null || !expected.errors().isEmpty()).as("file has an expectation").isTrue();
        if (file.toString().contains("/builder/")) {
            assertThat(PAGE.matcher(code).find()).as("an example of the builder names its page").isTrue();
        }
        Program program = Fixtures.CALCULATOR.parse(code);
        Variables variables = Variables.inMemory();
        Evaluator.Outcome outcome = Fixtures.CALCULATOR.execute(program, variables, context(code));
        List<String> errors = new ArrayList<>();
        program.diagnostics().forEach(d -> errors.add(d.toString()));
        outcome.errors().forEach(d -> errors.add(d.toString()));
        if (Boolean.getBoolean("golden.print")) {
            Object shownValue = variables.has("result") ? variables.get("result") : outcome.lastValue();
            System.out.println("GOLDEN " + file.getFileName() + " value=" + Renderer.repr(shownValue, 500) + " errors=" + errors);
        }
        assertThat(errors).as("errors").containsExactlyElementsOf(expected.errors());
        if (expected.value() != null) {
            Object value = variables.has("result") ? variables.get("result") : outcome.lastValue();
            String shown = expected.repr() ? Renderer.repr(value, Render.MAX_TEXT) : Render.text(value);
            assertThat(shown).as("value").isEqualTo(expected.value());
        }
    }

    private static CallContext context(String code) {
        Matcher now = NOW.matcher(code);
        if (!now.find()) {
            return Fixtures.CONTEXT;
        }
        LocalDateTime local = LocalDateTime.parse(now.group(1), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        return CallContext.of(Clock.fixed(local.atZone(Fixtures.MOSCOW).toInstant(), Fixtures.MOSCOW), Fixtures.MOSCOW, "42");
    }

    private static Expectations expectations(String code) {
        Matcher matcher = EXPECT.matcher(code);
        String value = null;
        boolean repr = false;
        List<String> errors = new ArrayList<>();
        while (matcher.find()) {
            if (" error".equals(matcher.group(1))) {
                errors.add(matcher.group(2));
            } else {
                value = matcher.group(2);
                repr = " repr".equals(matcher.group(1));
            }
        }
        return new Expectations(value, repr, errors);
    }
}
