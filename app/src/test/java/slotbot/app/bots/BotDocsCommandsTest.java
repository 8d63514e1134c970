package slotbot.app.bots;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slotbot.app.Api;
import slotbot.app.AppTestBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl commands of docs/bots.md, run as written (only the address and the token are this test's), and
 * once more without their Content-Type header, as people type them: each answers 2xx.
 */
class BotDocsCommandsTest extends AppTestBase {

    private static final String SALON = """
            start: hi
            blocks:
              - {id: hi, text: "Здравствуйте!", arrows: [{to: hi}]}
            """;

    @TempDir
    Path folder;

    @Test
    void theCommandsOfTheBotsPageWork() throws Exception {
        Files.writeString(folder.resolve("salon.yaml"), SALON);
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5).anyMatch(c -> c.contains("-X PUT"));
        for (boolean withContentType : new boolean[] {true, false}) {
            for (String command : commands) {
                String typed = withContentType ? command : command.replace(" -H 'Content-Type: application/yaml'", "");
                assertThat(run(typed)).as(typed).startsWith("2");
            }
        }
    }

    /** The curl lines of the page's first shell block, aimed at this app. */
    private List<String> commands() throws IOException {
        Path page = Path.of("..", "docs", "bots.md");
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("```sh")) {
                inShell = true;
            } else if (line.startsWith("```") && inShell) {
                break;
            } else if (inShell && line.startsWith("curl ")) {
                String command = line.replaceFirst("\\s+#.*$", "");
                commands.add(command.replace("localhost:8080", "127.0.0.1:" + port).replace("Bearer secret", "Bearer " + Api.TOKEN));
            }
        }
        return commands;
    }

    /** The HTTP status curl got. */
    private String run(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command.replaceFirst("^curl ", "curl -sS -o /dev/null -w '%{http_code}' "))
                .directory(folder.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
