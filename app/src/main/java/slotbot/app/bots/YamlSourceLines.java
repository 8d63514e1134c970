package slotbot.app.bots;

import slotbot.funnel.bot.SourceLines;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The lines of a bot file as YAML (or JSON) has them, found by reading its tokens once. */
final class YamlSourceLines implements SourceLines {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** "code: |" or "text: >-": a block scalar, whose first line is the line after its key. */
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*:\\s*[|>][+-]?\\d?\\s*(#.*)?");

    private final Map<String, Integer> starts;
    private final List<String> source;

    private YamlSourceLines(Map<String, Integer> starts, List<String> source) {
        this.starts = starts;
        this.source = source;
    }

    /** The lines of a YAML or JSON bot file; NONE when it cannot be read (the reader reports why). */
    static SourceLines of(String file) {
        Map<String, Integer> starts = new HashMap<>();
        try (JsonParser parser = YAML.createParser(file)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME && !token.isStructEnd()) {
                    starts.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            return SourceLines.NONE;
        }
        return new YamlSourceLines(starts, file.lines().toList());
    }

    @Override
    public int at(String pointer) {
        return starts.getOrDefault(pointer, 0);
    }

    @Override
    public int textAt(String pointer) {
        int line = at(pointer);
        if (line > 0 && line <= source.size() && BLOCK_SCALAR.matcher(source.get(line - 1)).matches()) {
            return line + 1;
        }
        return line;
    }
}
