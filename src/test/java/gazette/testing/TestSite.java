package gazette.testing;

import gazette.cli.Gazette;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site folder for a test: written from inline {@code -- path --} sections (as Hugo's tests do)
 * or copied from the repository's own seed site, then built in-process with {@link Gazette#run}.
 */
public final class TestSite {
    private static final Pattern SECTION = Pattern.compile("(?m)^-- (\\S+) --\\n");
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite at(Path root) {
        return new TestSite(root);
    }

    /** Writes each {@code -- path --} section of {@code spec} as a file under {@code root}. */
    public static TestSite of(Path root, String spec) {
        Matcher m = SECTION.matcher(spec);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        TestSite site = new TestSite(root);
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : spec.length();
            site.write(names.get(i), spec.substring(starts.get(i)[1], end));
        }
        return site;
    }

    /** A copy of the repository's site: gazette.yml and seeds/ (the theme comes from the class path). */
    public static TestSite seedCopy(Path root) {
        TestSite site = new TestSite(root);
        Path repo = repoRoot();
        try {
            Files.copy(repo.resolve("gazette.yml"), root.resolve("gazette.yml"));
            Files.createDirectories(root.resolve("seeds"));
            try (Stream<Path> files = Files.list(repo.resolve("seeds"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, root.resolve("seeds").resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    public static Path repoRoot() {
        return Path.of("").toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site-output");
    }

    /** A text file under {@code src/test/resources}, such as an article several tests build. */
    public static String resource(String path) {
        try {
            return Files.readString(Path.of("src/test/resources").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs a gazette command in-process in this folder. */
    public Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Gazette.run(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds and fails the test, showing stderr, unless the build succeeds. */
    public TestSite build(String... extra) {
        String[] args = Stream.concat(Stream.of("build"), Stream.of(extra)).toArray(String[]::new);
        Run run = run(args);
        assertTrue(run.code() == 0, () -> "build failed with " + run.code() + ":\n" + run.err());
        return this;
    }

    public String text(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    /** An output page parsed as HTML, with its location as the base URI for resolving links. */
    public Document html(String outputPath) {
        return Jsoup.parse(text(outputPath), "https://example.test/" + outputPath);
    }

    public Document xml(String outputPath) {
        return Jsoup.parse(text(outputPath), "", Parser.xmlParser());
    }

    /** Every file of the output, relative, sorted. */
    public List<String> outputFiles() {
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(Files::isRegularFile).map(p -> output().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of one command. */
    public record Run(int code, String out, String err) {
    }
}
