package slotbot.app.catalog;

import slotbot.app.errors.BadInput;

import java.util.List;
import java.util.Map;

/** A catalog file refused whole; each problem names the path of a bad value. */
public class CatalogRefused extends BadInput {

    private final String headline;
    private final List<Problem> problems;

    public CatalogRefused(String source, List<Problem> problems) {
        this(source, "catalog refused: " + problems.size() + " problem(s), nothing was changed", problems);
    }

    private CatalogRefused(String source, String headline, List<Problem> problems) {
        super("catalog " + source + " refused, " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.headline = headline;
        this.problems = List.copyOf(problems);
    }

    /** A file refused as a whole before its content was read (empty, too large): the one problem is the headline. */
    public static CatalogRefused wholeFile(String source, String message) {
        return new CatalogRefused(source, message, List.of(new Problem("(file)", message)));
    }

    /** What the refusal says in one line. */
    public String headline() {
        return headline;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The headline, not the message: the log's message lists every problem on lines of its own. */
    @Override
    public String answer() {
        return headline;
    }

    /** Every bad value with its path. */
    @Override
    public Map<String, Object> details() {
        return Map.of("errors", problems);
    }

    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }
}
