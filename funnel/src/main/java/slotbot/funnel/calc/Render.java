package slotbot.funnel.calc;

import java.time.Clock;
import java.time.ZoneOffset;

/** How values appear in the texts a bot sends. */
public final class Render {

    /** Longest text a single value renders to; past it the text is cut to this length, ending with "…". */
    public static final int MAX_TEXT = Limits.MAX_TEXT;

    private static final Calculator TEMPLATES = new Calculator(FunctionLibrary.standard(), Limits.defaults());
    /**
     * Placeholders parsed once: a bot's texts bring the same ones on every turn. Parsing depends on the written
     * placeholder only, and a parsed program is never changed by running it. Bounded, as the engine's own cache.
     */
    private static final java.util.Map<String, Program> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 10_000;
    private static final int MAX_PARSED_LENGTH = 2_000;
    /** For a text rendered outside a dialog: the clock and zone of the host, no client. */
    private static final CallContext NO_CONTEXT = CallContext.of(Clock.systemUTC(), ZoneOffset.UTC, "");

    private Render() {
    }

    /** A string as itself; None, True, 10 (for 10.0), 2.5, ['a', 'b'], {'a': 1} as Python shows them. */
    public static String text(Object value) {
        return Renderer.text(value, MAX_TEXT, true);
    }

    /**
     * Replaces each {@code #{expression}} by {@link #text} of its value: a name, a name built from
     * others ({@code #{q#{i}}}), an item ({@code #{data[0]['title']}}), arithmetic or a standard
     * function ({@code #{len(data)}}). None, a variable that is not set and a failing expression
     * render as an empty string; a placeholder that does not parse (or calls an unknown function)
     * stays as written, so the author sees it. What a value holds is inserted as text, never read
     * as code: a client's "#{x}" stays those four characters.
     */
    public static String template(String text, Variables variables) {
        return template(text, variables, MAX_TEXT, NO_CONTEXT);
    }

    /** {@link #template(String, Variables)} where the functions see a dialog's clock, zone and client. */
    public static String template(String text, Variables variables, CallContext context) {
        return template(text, variables, MAX_TEXT, context);
    }

    public static String template(String text, Variables variables, int max) {
        return template(text, variables, max, NO_CONTEXT);
    }

    /**
     * {@link #template(String, Variables)}, built up to {@code max} characters: a longer result is
     * returned with {@code max + 1} characters, so the caller knows it was too long, and memory stays
     * bounded whatever the placeholders hold.
     */
    public static String template(String text, Variables variables, int max, CallContext context) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        int from = 0;
        int open = text.indexOf("#{");
        while (open >= 0 && out.length() <= max) {
            int close = Placeholders.closing(text, open + 2);
            if (close < 0) {
                break;
            }
            out.append(text, from, open).append(placeholder(text.substring(open, close + 1), variables, context));
            from = close + 1;
            open = text.indexOf("#{", from);
        }
        if (out.length() <= max) {
            out.append(text, from, Math.min(text.length(), from + max + 1 - out.length()));
        }
        return out.length() > max ? out.substring(0, max + 1) : out.toString();
    }

    /** The text itself when it has at most {@code max} characters, else its first characters and "…", {@code max} in all. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String placeholder(String written, Variables variables, CallContext context) {
        Program program = PARSED.get(written);
        if (program == null) {
            program = TEMPLATES.parseExpression(written);
            if (PARSED.size() < MAX_PARSED && written.length() <= MAX_PARSED_LENGTH) {
                PARSED.put(written, program);
            }
        }
        if (!program.ok()) {
            return written;
        }
        try {
            Object value = TEMPLATES.evaluate(program, variables, context);
            return value == null ? "" : text(value);
        } catch (CalcException e) {
            return "";
        }
    }
}
