package slotbot.funnel.bot;

import slotbot.funnel.calc.BoundedRegex;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Diagnostic;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bot file (as a map from a YAML or JSON reader) into a {@link Bot}, validated as a whole:
 * unknown targets, unreachable blocks, duplicate ids, syntax errors and unknown functions in code.
 * Any problem refuses the file with every problem listed, so an invalid file never replaces a bot.
 */
public final class BotReader {

    static final int DEFAULT_PRIORITY = 10;
    private static final Pattern VARIABLE_ONLY = Pattern.compile("\\s*#\\{\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*}\\s*");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|tg://|mailto:|tel:|/(?!/)).*");
    private static final Pattern DELAY = Pattern.compile("(\\d{1,7})\\s*(s|m|h|d)?");
    private static final long MAX_DELAY_SECONDS = 366L * 24 * 3600;

    private final Calculator calculator;
    private final ZoneId defaultZone;

    public BotReader(Calculator calculator, ZoneId defaultZone) {
        this.calculator = calculator;
        this.defaultZone = defaultZone;
    }

    public Bot read(String name, Map<?, ?> file) {
        return read(name, file, SourceLines.NONE);
    }

    /** Reads a bot whose file is known, so that faults found while it plays can name their line. */
    public Bot read(String name, Map<?, ?> file, SourceLines lines) {
        List<String> problems = new ArrayList<>();
        Tree top = new Tree(file == null ? Map.of() : file, "bot " + name, problems);
        top.allowOnly(Set.of("start", "fallback", "timezone", "fuzzy_threshold", "blocks", "description"));
        List<Block> blocks = blocks(top, problems, lines);
        String start = top.text("start", false);
        if (start == null && !blocks.isEmpty()) {
            start = blocks.get(0).id();
        }
        String fallback = top.text("fallback", false);
        atMost(top, "fallback", fallback, BotLimits.MAX_MESSAGE);
        Bot bot = new Bot(name, start, fallback == null ? "Я не понял вас. Выберите, пожалуйста, вариант ниже." : fallback,
                zone(top), fuzzyThreshold(top), blocks);
        checkGraph(bot, problems);
        if (!problems.isEmpty()) {
            throw new BotRefused(name, problems);
        }
        return bot;
    }

    private List<Block> blocks(Tree top, List<String> problems, SourceLines lines) {
        List<Object> items = top.list("blocks");
        if (items.isEmpty()) {
            top.problem("blocks", "expected a list of at least one block");
        }
        List<Block> blocks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                top.problem("blocks[" + i + "]", "expected a block with fields, got " + Tree.show(items.get(i)));
                continue;
            }
            Object rawId = map.get("id");
            String label = rawId == null ? "blocks[" + i + "]" : "block '" + new Tree(map, "", new ArrayList<>()).text("id", false) + "'";
            Block block = block(new Tree(map, label, problems), lines, "/blocks/" + i);
            if (block.id() != null && !ids.add(block.id())) {
                problems.add(label + ", id: used by another block already");
            }
            blocks.add(block);
        }
        return blocks;
    }

    private Block block(Tree tree, SourceLines lines, String at) {
        tree.allowOnly(Set.of("id", "name", "state", "trigger", "code", "text", "buttons", "arrows", "description"));
        String id = tree.text("id", true);
        String name = tree.text("name", false);
        atMost(tree, "name", name, BotLimits.MAX_BLOCK_NAME);
        String code = tree.text("code", false);
        if (code != null) {
            report(tree, "code", calculator.parse(code).diagnostics());
        }
        Trigger trigger = trigger(tree.object("trigger"));
        String text = tree.text("text", false);
        atMost(tree, "text", text, BotLimits.MAX_MESSAGE);
        List<Button> buttons = new ArrayList<>();
        String buttonsVariable = buttons(tree, buttons);
        if (buttons.size() > BotLimits.MAX_BUTTONS) {
            tree.problem("buttons", "expected at most " + BotLimits.MAX_BUTTONS + " buttons, got " + buttons.size());
        }
        List<Arrow> arrows = new ArrayList<>();
        List<Object> items = tree.list("arrows");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> map) {
                arrows.add(arrow(tree.child(map, tree.where() + ", arrows[" + i + "]"), i, lines.at(at + "/arrows/" + i)));
            } else {
                tree.problem("arrows[" + i + "]", "expected an arrow with fields such as {to: next}, got " + Tree.show(items.get(i)));
            }
        }
        return new Block(id, tree.flag("state", true), trigger, code, text == null ? "" : text, buttons, buttonsVariable, arrows,
                new Block.Lines(lines.at(at), lines.textAt(at + "/text"), lines.textAt(at + "/code")), name);
    }

    private Trigger trigger(Tree tree) {
        if (tree == null) {
            return null;
        }
        tree.allowOnly(Set.of("when", "match", "minus", "priority", "callbacks_only"));
        return new Trigger(condition(tree), tree.integer("priority", DEFAULT_PRIORITY, -1000, 1000),
                tree.flag("callbacks_only", false));
    }

    private Arrow arrow(Tree tree, int index, int line) {
        tree.allowOnly(Set.of("to", "when", "match", "minus", "if", "variable", "priority", "delay", "cancel_if_left",
                "cancel_timers", "keep", "save_to", "callbacks_only", "at"));
        String target = tree.text("to", true);
        String expression = tree.text("if", false);
        if (expression != null) {
            report(tree, "if", calculator.parseExpression(expression).diagnostics());
        }
        Duration delay = delay(tree);
        String at = at(tree, delay);
        boolean cancelIfLeft = tree.flag("cancel_if_left", false);
        if (cancelIfLeft && (delay == null || delay.isZero()) && at == null) {
            tree.problem("cancel_if_left", "only a timed arrow (delay > 0, or at) can be cancelled when the client leaves");
        }
        return new Arrow(index, target, condition(tree), expression, tree.text("variable", false),
                tree.integer("priority", DEFAULT_PRIORITY, -1000, 1000), delay, at, cancelIfLeft,
                tree.flag("cancel_timers", false), tree.flag("keep", false), tree.text("save_to", false),
                tree.flag("callbacks_only", false), line);
    }

    private Condition condition(Tree tree) {
        String when = tree.text("when", false);
        String kindName = tree.text("match", false);
        MatchKind kind = MatchKind.EXACT;
        if (kindName != null) {
            kind = MatchKind.fromWireName(kindName).orElse(MatchKind.EXACT);
            if (MatchKind.fromWireName(kindName).isEmpty()) {
                tree.problem("match", "expected exact, fuzzy, keywords or regex, got \"" + kindName + "\"");
            }
        }
        String minus = tree.text("minus", false);
        if (kind == MatchKind.REGEX) {
            checkPatterns(tree, "when", when);
            checkPatterns(tree, "minus", minus);
        }
        return new Condition(when == null ? "" : when, kind, minus == null ? "" : minus);
    }

    /** Each alternative of a regex condition written in the file compiles as the dialog engine compiles it. */
    private static void checkPatterns(Tree tree, String field, String alternatives) {
        if (alternatives == null || alternatives.contains("#{")) {
            return;
        }
        for (String alternative : alternatives.split(";")) {
            try {
                BoundedRegex.compile(alternative.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (CalcException e) {
                tree.problem(field, "expected regular expressions separated by ';', got " + Tree.show(alternative.strip())
                        + ": " + e.reason());
            }
        }
    }

    /** A literal the bot sends must fit where a message is stored: refused here rather than cut in every dialog. */
    private static void atMost(Tree tree, String field, String text, int max) {
        if (text != null && text.length() > max) {
            tree.problem(field, "expected at most " + max + " characters, got " + text.length());
        }
    }

    /** Reads static buttons into the list, or returns the variable named by "#{name}". */
    private String buttons(Tree tree, List<Button> buttons) {
        Object raw = tree.raw("buttons");
        if (raw instanceof String text) {
            Matcher m = VARIABLE_ONLY.matcher(text);
            if (m.matches()) {
                return m.group(1);
            }
            tree.problem("buttons", "expected a list of buttons or a variable such as \"#{buttons}\", got " + Tree.show(text));
            return null;
        }
        List<Object> items = tree.list("buttons");
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof String label) {
                atMost(tree, "buttons[" + i + "]", label, BotLimits.MAX_BUTTON_TEXT);
                buttons.add(new Button(label, null, i));
            } else if (item instanceof Map<?, ?> map) {
                Tree button = tree.child(map, tree.where() + ", buttons[" + i + "]");
                button.allowOnly(Set.of("text", "url", "line", "type"));
                Button read = new Button(button.text("text", true), button.text("url", false), button.integer("line", i, 0, 100),
                        button.text("type", false));
                checkType(button, read);
                atMost(button, "text", read.text(), BotLimits.MAX_BUTTON_TEXT);
                atMost(button, "url", read.url(), BotLimits.MAX_BUTTON_URL);
                checkLink(button, read.url());
                buttons.add(read);
            } else {
                tree.problem("buttons[" + i + "]", "expected a label or {text: ..., url: ...}, got " + Tree.show(item));
            }
        }
        return null;
    }

    /** The one button type there is: phone, which asks for the number and so cannot also be a link. */
    private static void checkType(Tree button, Button read) {
        if (read.type() == null) {
            return;
        }
        if (!Button.PHONE.equals(read.type())) {
            button.problem("type", "expected phone (a button that asks for the client's phone number), got " + Tree.show(read.type()));
        } else if (read.url() != null) {
            button.problem("url", "a button of type phone sends the client's number and cannot also open a link; leave out url");
        }
    }

    /**
     * A link written in the file must be one a client can safely follow: a web page, a Telegram,
     * mail or phone link, or a path of this app. A link that starts with a variable ("#{pay_url}")
     * is checked by the channels when it is sent.
     */
    private static void checkLink(Tree button, String url) {
        if (url == null || url.strip().startsWith("#{") || SAFE_LINK.matcher(url.strip()).matches()) {
            return;
        }
        button.problem("url", "expected a link starting with https://, http://, tg://, mailto:, tel: or /, got "
                + Tree.show(url.length() > 60 ? url.substring(0, 57) + "..." : url));
    }

    /** A timer at a time: calculator code whose value, when the block is entered, is the date and time it fires. */
    private String at(Tree tree, Duration delay) {
        String at = tree.text("at", false);
        if (at == null) {
            return null;
        }
        if (delay != null) {
            tree.problem("at", "an arrow fires after a delay or at a time, not both: leave out delay or at");
        }
        report(tree, "at", calculator.parseExpression(at).diagnostics());
        return at;
    }

    private Duration delay(Tree tree) {
        String text = tree.text("delay", false);
        if (text == null) {
            return null;
        }
        Matcher m = DELAY.matcher(text.strip());
        if (!m.matches()) {
            tree.problem("delay", "expected seconds such as 5, or 30s, 10m, 2h, 1d, got \"" + text + "\"");
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long seconds = switch (unit) {
            case "m" -> amount * 60;
            case "h" -> amount * 3600;
            case "d" -> amount * 86400;
            default -> amount;
        };
        if (seconds > MAX_DELAY_SECONDS) {
            tree.problem("delay", "expected at most 366 days, got \"" + text + "\"");
        }
        return Duration.ofSeconds(seconds);
    }

    private ZoneId zone(Tree top) {
        String text = top.text("timezone", false);
        if (text == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            top.problem("timezone", "expected a time zone such as Europe/Moscow, got \"" + text + "\"");
            return defaultZone;
        }
    }

    private double fuzzyThreshold(Tree top) {
        Object raw = top.raw("fuzzy_threshold");
        if (raw == null) {
            return 0.7;
        }
        if (raw instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 1) {
            return n.doubleValue();
        }
        top.problem("fuzzy_threshold", "expected a number above 0 and at most 1 such as 0.7, got " + Tree.show(raw));
        return 0.7;
    }

    /** Unknown targets and unreachable blocks: every block must be reachable from the start or a trigger. */
    private static void checkGraph(Bot bot, List<String> problems) {
        Map<String, Block> byId = bot.byId();
        if (bot.start() != null && !byId.containsKey(bot.start())) {
            problems.add("bot " + bot.name() + ", start: no block '" + bot.start() + "'");
        }
        for (Block block : bot.blocks()) {
            for (Arrow arrow : block.arrows()) {
                if (arrow.target() != null && !byId.containsKey(arrow.target())) {
                    problems.add("block '" + block.id() + "', arrows[" + arrow.index() + "].to: no block '" + arrow.target() + "'");
                }
            }
        }
        Set<String> reached = reachable(bot, byId);
        for (Block block : bot.blocks()) {
            if (block.id() != null && !reached.contains(block.id())) {
                problems.add("block '" + block.id() + "': unreachable (no arrow leads to it, it is not the start and has no trigger)");
            }
        }
    }

    private static Set<String> reachable(Bot bot, Map<String, Block> byId) {
        Deque<String> queue = new ArrayDeque<>();
        if (bot.start() != null) {
            queue.add(bot.start());
        }
        bot.blocks().stream().filter(b -> b.trigger() != null && b.id() != null).forEach(b -> queue.add(b.id()));
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Block block = byId.get(id);
            if (block != null && seen.add(id)) {
                block.arrows().stream().map(Arrow::target).filter(t -> t != null).forEach(queue::add);
            }
        }
        return seen;
    }

    private static void report(Tree tree, String field, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            tree.problem(field, "[" + d.line() + ":" + d.column() + "] " + d.message());
        }
    }
}
