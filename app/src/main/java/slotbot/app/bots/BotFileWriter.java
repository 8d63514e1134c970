package slotbot.app.bots;

import slotbot.funnel.bot.SourceLines;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a bot edited as a tree (the studio's JSON) back as a bot file a person reads: code and long texts as
 * YAML block scalars, arrows and buttons one to a line, and the comments that stood above each block in the
 * file it replaces kept above the block of the same id (comments inside a block are not kept). What it writes
 * reads back as exactly the tree it was given.
 */
final class BotFileWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Words that read as themselves in YAML, in a block and in a flow alike. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_./-]*(?: [\\p{L}\\p{N}_./-]+)*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|null|yes|no|on|off|y|n|~");
    private static final Pattern COMMENT = Pattern.compile("\\s*#.*");

    private BotFileWriter() {
    }

    /** The tree as a bot file; {@code previous} (may be null) is the file it replaces, whose comments it keeps. */
    static String write(Map<?, ?> tree, String previous) {
        Comments comments = Comments.of(previous);
        StringBuilder out = new StringBuilder();
        comments.header.forEach(line -> out.append(line).append('\n'));
        for (Map.Entry<?, ?> field : tree.entrySet()) {
            String key = key(field.getKey());
            if ("blocks".equals(key) && field.getValue() instanceof List<?> blocks) {
                out.append("\nblocks:\n");
                for (Object block : blocks) {
                    out.append('\n');
                    if (block instanceof Map<?, ?> map && map.get("id") != null) {
                        comments.aboveBlock.getOrDefault(String.valueOf(map.get("id")), List.of())
                                .forEach(line -> out.append("  ").append(line.strip()).append('\n'));
                    }
                    item(out, block, 2);
                }
            } else {
                entry(out, key, field.getValue(), 0);
            }
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String key, Object value, int indent) {
        out.append(" ".repeat(indent)).append(key).append(':');
        if (value instanceof String text && literal(text)) {
            blockScalar(out, text, indent + 2);
        } else if (value instanceof List<?> list && !list.isEmpty() && !flowable(value)) {
            out.append('\n');
            for (Object item : list) {
                item(out, item, indent + 2);
            }
        } else if (value instanceof List<?> list && !list.isEmpty() && list.stream().anyMatch(i -> i instanceof Map<?, ?>)) {
            out.append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append("- ").append(flow(item)).append('\n');
            }
        } else if (value instanceof Map<?, ?> map && !map.isEmpty() && !flowable(value)) {
            out.append('\n');
            map.forEach((k, v) -> entry(out, key(k), v, indent + 2));
        } else {
            out.append(' ').append(flow(value)).append('\n');
        }
    }

    /** One item of a block list at this indent: "- scalar", "- {flow}", or "- key: ..." with the rest of its map under it. */
    private static void item(StringBuilder out, Object item, int indent) {
        String pad = " ".repeat(indent);
        if (item instanceof String text && literal(text)) {
            out.append(pad).append("-");
            blockScalar(out, text, indent + 2);
        } else if (item instanceof Map<?, ?> map && !map.isEmpty() && !flowable(item)) {
            boolean first = true;
            for (Map.Entry<?, ?> field : map.entrySet()) {
                StringBuilder line = new StringBuilder();
                entry(line, key(field.getKey()), field.getValue(), indent + 2);
                out.append(first ? pad + "- " + line.substring(indent + 2) : line);
                first = false;
            }
        } else if (item instanceof List<?> list && !list.isEmpty() && !flowable(item)) {
            out.append(pad).append("-\n");
            for (Object inner : list) {
                item(out, inner, indent + 2);
            }
        } else {
            out.append(pad).append("- ").append(flow(item)).append('\n');
        }
    }

    private static void blockScalar(StringBuilder out, String text, int indent) {
        String chomp = text.endsWith("\n") ? "" : "-";
        out.append(" |").append(chomp).append('\n');
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
        }
    }

    /** A value written on one line: scalars, and lists and maps of them, with no text of several lines. */
    private static boolean flowable(Object value) {
        if (value instanceof String text) {
            return !literal(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(BotFileWriter::flowable);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(BotFileWriter::flowable);
        }
        return true;
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(key(k) + ": " + flow(v)));
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(BotFileWriter::flow).toList()) + "]";
        }
        if (value instanceof String text) {
            return PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches() ? text : JSON.writeValueAsString(text);
        }
        return JSON.writeValueAsString(value);
    }

    private static String key(Object key) {
        return flow(String.valueOf(key));
    }

    /**
     * Whether a text reads back the same from a "|" or "|-" block (blank lines at its end would need "|+", which
     * takes in the blank line between blocks too): several lines, none a YAML line break of its own
     * (\r, U+0085, U+2028, U+2029), no tab or other control character, and a first line that starts with text.
     */
    static boolean literal(String text) {
        if (!text.contains("\n") || text.isBlank() || text.startsWith(" ") || text.startsWith("\n") || text.endsWith("\n\n")) {
            return false;
        }
        return text.chars().noneMatch(c -> c != '\n' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF))
                && text.lines().noneMatch(line -> line.endsWith(" "));
    }

    /** The comments of the file being replaced: those before its first field, and those just above each block. */
    private record Comments(List<String> header, Map<String, List<String>> aboveBlock) {

        static Comments of(String file) {
            if (file == null) {
                return new Comments(List.of(), Map.of());
            }
            List<String> lines = file.lines().toList();
            List<String> header = new ArrayList<>();
            for (String line : lines) {
                if (!COMMENT.matcher(line).matches()) {
                    break;
                }
                header.add(line);
            }
            Map<String, List<String>> above = new HashMap<>();
            SourceLines at = YamlSourceLines.of(file);
            Object tree;
            try {
                tree = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readValue(file, Object.class);
            } catch (tools.jackson.core.JacksonException e) {
                return new Comments(header, above);
            }
            if (tree instanceof Map<?, ?> map && map.get("blocks") instanceof List<?> blocks) {
                for (int i = 0; i < blocks.size(); i++) {
                    int line = at.at("/blocks/" + i);
                    if (blocks.get(i) instanceof Map<?, ?> block && block.get("id") != null && line > 1) {
                        above.put(String.valueOf(block.get("id")), commentsAbove(lines, line, header.size()));
                    }
                }
            }
            return new Comments(header, above);
        }

        /** The comment lines right above a line (from 1), across blank lines, not reaching into the header. */
        private static List<String> commentsAbove(List<String> lines, int line, int headerLines) {
            List<String> found = new ArrayList<>();
            for (int i = line - 2; i >= headerLines; i--) {
                String text = lines.get(i);
                if (COMMENT.matcher(text).matches()) {
                    found.add(0, text);
                } else if (!text.isBlank()) {
                    break;
                }
            }
            return found;
        }
    }
}
