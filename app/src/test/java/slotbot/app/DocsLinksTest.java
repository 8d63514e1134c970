package slotbot.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown files of the repository (README, SECURITY, docs/, bench/) point only at what a clone
 * has: every relative link and every repository path in backticks exists, every {@code #anchor} is a
 * heading of its page (GitHub's slugs), and nothing reaches outside the repository ({@code ../}
 * past the root, or a build machine's {@code /work} or {@code /root}).
 */
class DocsLinksTest {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]\\n]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.~-])/(?:work|root)/");
    private static final Pattern PATH_LIKE = Pattern.compile("[\\w.…*-]+(?:/[\\w.…*@-]*)+");

    private static Path root;
    private static List<Path> pages;

    @BeforeAll
    static void findPages() throws IOException {
        root = repositoryRoot();
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(DocsLinksTest::isOurMarkdown).sorted().toList();
        }
    }

    @Test
    void theDocumentsAreFound() {
        assertThat(pages).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .contains("README.md", "SECURITY.md", "docs/functions.md", "docs/catalog.md", "docs/api.md");
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : links(page)) {
                String problem = linkProblem(page, target);
                if (problem != null) {
                    broken.add(name(page) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("links that a clone of the repository cannot follow").isEmpty();
    }

    @Test
    void everyRepositoryPathInBackticksExists() {
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            for (String path : codeSpans(page)) {
                String problem = pathProblem(page, path);
                if (problem != null) {
                    missing.add(name(page) + ": `" + path + "` " + problem);
                }
            }
        }
        assertThat(missing).as("paths in backticks that the repository does not have").isEmpty();
    }

    @Test
    void noPageNamesAPathOfABuildMachine() {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = read(page);
            for (int i = 0; i < lines.size(); i++) {
                if (MACHINE_PATH.matcher(lines.get(i)).find() || lines.get(i).contains("../shared/")) {
                    found.add(name(page) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("lines naming /work, /root or ../shared, which a clone does not have").isEmpty();
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(slug("Limits and the sandbox")).isEqualTo("limits-and-the-sandbox");
        assertThat(slug("Texts with `#{…}` (Render.template)")).isEqualTo("texts-with--rendertemplate");
        assertThat(slug("1. get_companies_for_booking()")).isEqualTo("1-get_companies_for_booking");
        assertThat(slug("Файл каталога")).isEqualTo("файл-каталога");
    }

    // ---- links

    /** The target of a link, or null when it may be followed: external, or a file (and heading) of the repository. */
    private static String linkProblem(Path page, String target) {
        if (target.isEmpty() || SCHEME.matcher(target).find() && !target.startsWith("file:")) {
            return null;
        }
        if (target.startsWith("file:") || target.startsWith("/")) {
            return "is an absolute path, which only one machine has; link relative to this page";
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(decode(file)).normalize();
        if (!resolved.startsWith(root)) {
            return "leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "names " + name(resolved) + ", which does not exist";
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
            return "has no heading #" + anchor + " in " + name(resolved);
        }
        return null;
    }

    private static List<String> links(Path page) {
        List<String> targets = new ArrayList<>();
        for (String line : prose(page)) {
            String text = CODE_SPAN.matcher(line).replaceAll("code");
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            Matcher reference = REFERENCE_LINK.matcher(text);
            if (reference.matches()) {
                targets.add(reference.group(1));
            }
        }
        return targets;
    }

    private static String decode(String file) {
        return file.replace("%20", " ");
    }

    // ---- paths in backticks

    /**
     * What is wrong with a code span that names a repository path (its first segment is a top-level
     * directory of the repository, or it climbs with ../), or null. Build output (target/) is made by
     * the build, not kept; placeholders such as &lt;bot&gt; or {id} name no one file. An ellipsis
     * stands for any folders in between ({@code app/…/security/SecurityConfig.java}).
     */
    private static String pathProblem(Path page, String span) {
        String path = span.strip();
        if (!PATH_LIKE.matcher(path).matches() || path.contains("/target/") || path.startsWith("target/")) {
            return null;
        }
        if (path.startsWith("../")) {
            Path resolved = page.getParent().resolve(path).normalize();
            return !resolved.startsWith(root) ? "leaves the repository"
                    : Files.exists(resolved) ? null : "does not exist (relative to this page)";
        }
        String first = path.substring(0, path.indexOf('/'));
        if (!Files.isDirectory(root.resolve(first)) || first.startsWith(".")) {
            return null;
        }
        if (path.contains("…") || path.contains("*")) {
            return matchesSomething(path) ? null : "matches no file";
        }
        return Files.exists(root.resolve(path)) ? null : "does not exist";
    }

    private static boolean matchesSomething(String pattern) {
        String glob = pattern.replace("/…/", "/**/").replace("…", "*");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).anyMatch(matcher::matches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> codeSpans(Path page) {
        List<String> spans = new ArrayList<>();
        for (String line : prose(page)) {
            Matcher span = CODE_SPAN.matcher(line);
            while (span.find()) {
                spans.add(span.group(1));
            }
        }
        return spans;
    }

    // ---- headings and GitHub's anchors

    private static final Map<Path, Set<String>> ANCHORS = new HashMap<>();

    private static Set<String> anchors(Path page) {
        return ANCHORS.computeIfAbsent(page, p -> {
            Set<String> anchors = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : prose(p)) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String slug = slug(heading.group(1));
                    int times = seen.merge(slug, 1, Integer::sum);
                    anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    anchors.add(html.group(1));
                }
            }
            return anchors;
        });
    }

    /** GitHub's heading id: the text as shown, lower case, without punctuation, spaces as hyphens. */
    static String slug(String heading) {
        String shown = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "");
        return shown.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    // ---- reading pages

    /** The lines of a page outside fenced code blocks: what a reader sees as text, links and headings. */
    private static List<String> prose(Path page) {
        List<String> prose = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(page)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.add(line);
            }
        }
        return prose;
    }

    private static List<String> read(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOurMarkdown(Path file) {
        Path relative = root.relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
            }
        }
        return file.toString().endsWith(".md") && Files.isRegularFile(file);
    }

    private static String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The directory holding the Maven wrapper and the README: the tests run in app/, one below it. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's root (a folder with mvnw and README.md) above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
