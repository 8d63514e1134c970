package slotbot.funnel.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.calc.Limits;

/**
 * Every function name of the builder's calculator is either in a bot's library or refused with the
 * service it needs and what to use instead; none is merely "Unknown function". The counts are printed
 * for the record.
 */
class BuilderCoverageTest {

    private final FunctionLibrary library = BotFunctions.library((name, args, client) -> null);
    private final Calculator calculator = new Calculator(library, Limits.defaults());

    @Test
    void everyBuilderFunctionIsImplementedOrRefusedWithAReason() throws IOException {
        List<String> implemented = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : builderFunctions()) {
            if (library.has(name)) {
                implemented.add(name);
                continue;
            }
            String message = calculator.parse("x = " + name + "()").diagnostics().get(0).message();
            if (message.contains("which slotbot does not run")) {
                refused.add(name);
            } else {
                missing.add(name);
            }
        }
        System.out.printf("Builder functions: %d implemented, %d refused, %d missing %s%n",
                implemented.size(), refused.size(), missing.size(), missing);
        assertThat(missing).as("builder functions neither implemented nor refused").isEmpty();
    }

    static List<String> builderFunctions() throws IOException {
        String text = new String(Objects.requireNonNull(BuilderCoverageTest.class.getResourceAsStream(
                "/calc-coverage/builder-functions.txt")).readAllBytes(), StandardCharsets.UTF_8);
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
