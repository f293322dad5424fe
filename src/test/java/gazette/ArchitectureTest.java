package gazette;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Packages follow the pipeline (STYLE.md §1): each may use only the packages above it, so the
 * stages stay separable. Checks every import, and every fully qualified name in code, under
 * src/main/java/gazette.
 */
class ArchitectureTest {
    /** Build order; content.markdown and content.rawcopy count as content. cli, the edge, may use anything. */
    private static final List<String> ORDER = List.of("text", "diag", "yaml", "config", "source", "content", "site", "render",
            "output", "cache", "build", "check", "serve", "cli");
    private static final Path MAIN = Path.of("src/main/java/gazette");
    private static final Pattern PACKAGE = Pattern.compile("^package gazette\\.([a-z0-9_]+)[.;]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?gazette\\.([a-z0-9_]+)\\.");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])gazette\\.([a-z0-9_]+)\\.[A-Za-z]");

    /** A use of one Gazette package by a file in another. */
    private record Use(String file, int line, String from, String to) {
        @Override
        public String toString() {
            return "%s:%d: %s uses %s".formatted(file, line, from, to);
        }
    }

    private static List<Use> uses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Use> uses = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            String from = null;
            boolean inComment = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (inComment) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("//") || line.startsWith("*")) {
                    continue;
                }
                Matcher pkg = PACKAGE.matcher(line);
                if (pkg.find()) {
                    from = pkg.group(1);
                    continue;
                }
                Matcher imp = IMPORT.matcher(line);
                Matcher qualified = QUALIFIED.matcher(line);
                String rel = MAIN.relativize(file).toString().replace('\\', '/');
                if (imp.find()) {
                    uses.add(new Use(rel, i + 1, from, imp.group(1)));
                } else {
                    while (qualified.find()) {
                        uses.add(new Use(rel, i + 1, from, qualified.group(1)));
                    }
                }
            }
        }
        return uses;
    }

    private static boolean allowed(String from, String to) {
        if (from.equals(to) || from.equals("cli")) {
            return true;
        }
        int f = ORDER.indexOf(from);
        int t = ORDER.indexOf(to);
        return f >= 0 && t >= 0 && t < f;
    }

    @Test
    void eachPackageUsesOnlyThePackagesAboveIt() throws IOException {
        List<Use> uses = uses();
        assertTrue(uses.size() > 50, "the scan found Gazette's imports (" + uses.size() + ")");
        List<String> wrong = uses.stream().filter(u -> !allowed(u.from(), u.to())).map(Use::toString).toList();
        if (!wrong.isEmpty()) {
            fail("imports against the pipeline order " + ORDER + ":\n" + String.join("\n", wrong));
        }
    }

    @Test
    void everyPackageIsAStageOfThePipeline() throws IOException {
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !ORDER.contains(name)).forEach(unknown::add);
        }
        assertEquals(List.of(), unknown, "packages missing from the order in STYLE.md §1");
    }

    @Test
    void theRuleCatchesAnUpwardImport() {
        assertTrue(allowed("render", "site"));
        assertTrue(allowed("content", "content"));
        assertTrue(allowed("cli", "serve"));
        assertTrue(!allowed("site", "render"), "site may not use render");
        assertTrue(!allowed("diag", "yaml"), "diag imports nothing");
        assertTrue(!allowed("output", "build"));
    }
}
