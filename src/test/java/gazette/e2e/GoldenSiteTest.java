package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: {@code src/test/resources/sites/golden/site}, two small articles (one live) with the default
 * theme. Features tested: the whole output, file by file, against the golden copy in
 * {@code sites/golden/expected}. After an intended change, refresh it with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgazette.updateGolden=true} and review the diff.
 */
class GoldenSiteTest {
    static final Path FIXTURE = Path.of("src/test/resources/sites/golden");

    @Test
    void outputMatchesTheGoldenCopy(@TempDir Path dir) throws IOException {
        copy(FIXTURE.resolve("site"), dir);
        TestSite site = TestSite.at(dir).build();
        Map<String, byte[]> actual = DeterminismTest.tree(site.output());
        Path expectedDir = FIXTURE.resolve("expected");
        if (Boolean.getBoolean("gazette.updateGolden")) {
            if (Files.exists(expectedDir)) {
                try (Stream<Path> walk = Files.walk(expectedDir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            copy(site.output(), expectedDir);
        }
        Map<String, byte[]> expected = DeterminismTest.tree(expectedDir);
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (String path : expected.keySet()) {
            assertEquals(new String(expected.get(path), java.nio.charset.StandardCharsets.UTF_8),
                    new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8), path);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
