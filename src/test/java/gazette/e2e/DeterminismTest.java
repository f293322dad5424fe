package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: the seed site built twice, in two folders; a generated site of a hundred articles built on
 * one thread and on four. Features tested: byte-identical output trees, whatever the parallelism.
 */
class DeterminismTest {
    private static final String[] TOPICS = {"trade", "human-rights", "security"};
    private static final String[] PLACES = {"Astana", "Almaty", "London", "Shymkent"};

    @Test
    void aBuildOnOneThreadAndOnFourAreByteIdentical(@TempDir Path a, @TempDir Path b) throws Exception {
        Map<String, byte[]> single = tree(onThreads(1, generated(a)).output());
        Map<String, byte[]> parallel = tree(onThreads(4, generated(b)).output());
        assertTrue(single.keySet().stream().filter(f -> f.startsWith("articles/gen-")).count() >= 100,
                "every generated article has its page: " + single.keySet());
        assertSameFiles(single, parallel);
    }

    /**
     * Builds in a pool of {@code threads} workers: the build's parallel streams, started from one of
     * its threads, run in that pool, so one worker makes the build single-threaded.
     */
    private static TestSite onThreads(int threads, TestSite site) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> site.build()).get();
        } finally {
            pool.shutdown();
        }
    }

    /** The seed site with a hundred more articles: live blogs, shared tags, people, places and dates. */
    private static TestSite generated(Path root) {
        TestSite site = TestSite.seedCopy(root);
        for (int i = 0; i < 100; i++) {
            StringBuilder text = new StringBuilder()
                    .append("---\ntitle: \"Report ").append(i).append(" on the pipeline talks\"\n")
                    .append("date: 20").append(10 + i % 12).append('-').append(String.format("%02d", 1 + i % 12))
                    .append('-').append(String.format("%02d", 1 + i % 28)).append('\n')
                    .append("summary: \"Summary ").append(i).append(" & <more>\"\n")
                    .append("topics: [").append(TOPICS[i % 3]).append("]\n")
                    .append("tags: [tag-").append(i % 7).append(", tag-").append(i % 11).append("]\n")
                    .append("people: [Person ").append(i % 5).append("]\n")
                    .append("places: [").append(PLACES[i % PLACES.length]).append("]\n");
            if (i % 4 == 0) {
                text.append("type: live\n");
            }
            text.append("---\n\nThe talks on *trade* went on, said [a report](https://example.org/").append(i).append(").\n");
            if (i % 4 == 0) {
                for (int u = 0; u < 3; u++) {
                    text.append("\n## Update ").append(u).append(" of report ").append(i).append("\n\nMore on security.\n");
                }
            }
            site.write("seeds/gen-" + String.format("%03d", i) + ".md", text.toString());
        }
        return site;
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path a, @TempDir Path b) throws IOException {
        Map<String, byte[]> first = tree(TestSite.seedCopy(a).build().output());
        Map<String, byte[]> second = tree(TestSite.seedCopy(b).build().output());
        assertSameFiles(first, second);
    }

    /** The same paths, each with the same bytes. */
    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertArrayEquals(expected.get(path), actual.get(path), path);
        }
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
