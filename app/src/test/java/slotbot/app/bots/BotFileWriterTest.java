package slotbot.app.bots;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the studio publishes reads back as exactly the tree it edited, whatever the texts hold. */
class BotFileWriterTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Example
    void theDemoBotReadsBackTheSameWithItsBlockComments() throws IOException {
        String demo;
        try (var in = getClass().getResourceAsStream("/demo/bot.yaml")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<?, ?> tree = (Map<?, ?>) YAML.readValue(demo, Object.class);
        String written = BotFileWriter.write(tree, demo);
        assertThat(YAML.readValue(written, Object.class)).isEqualTo(tree);
        assertThat(written).startsWith("# The demo bot of the barbershop")
                .contains("  # Block 4: the dates, shown with the weekday")
                .contains("      - {to: services, when: Вернуться к списку услуг, priority: 20}");
    }

    @Property(tries = 300)
    void anyTextsReadBackAsWritten(@ForAll("texts") String text, @ForAll("texts") String code, @ForAll("texts") String label) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("id", label);
        block.put("code", code);
        block.put("text", text);
        block.put("buttons", List.of(label, Map.of("text", text, "url", "https://example.org/" + label)));
        block.put("arrows", List.of(Map.of("to", label, "when", text, "priority", 20), Map.of("to", label, "delay", 0)));
        block.put("trigger", Map.of("when", code, "callbacks_only", true));
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("start", label);
        tree.put("fallback", text);
        tree.put("fuzzy_threshold", 0.7);
        tree.put("blocks", List.of(block, Map.of("id", text)));
        String written = BotFileWriter.write(tree, null);
        assertThat(YAML.readValue(written, Object.class)).as(written).isEqualTo(YAML.readValue(YAML.writeValueAsString(tree), Object.class));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("a", "Привет", " ", "  ", "\n", "\n\n", "#", " #", ": ", ":", "-", "- ", "'", "\"",
                "\\", "{", "}", "[", "]", ",", "|", ">", "&", "*", "!", "%", "@", "`", "?", "#{x}", "true", "no", "null", "~", "0.5",
                "1e3", "07", "12:30", "\t", "\r", "\u2028", "\u00a0", "\uD83D\uDE00", "/start", "yes", ".inf", "<<", "=");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }
}
