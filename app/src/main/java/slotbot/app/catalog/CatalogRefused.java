package slotbot.app.catalog;

import java.util.List;

/** A catalog file refused whole; each problem names the path of a bad value. */
public class CatalogRefused extends RuntimeException {

    private final List<Problem> problems;

    public CatalogRefused(String source, List<Problem> problems) {
        super("catalog " + source + " refused, " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }
}
