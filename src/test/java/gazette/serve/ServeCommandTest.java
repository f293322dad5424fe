package gazette.serve;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gazette serve} on the command line: its options in the help, a wrong port is a usage error
 * (exit 2), and a port in use fails (exit 1) before anything is written.
 */
class ServeCommandTest {
    @Test
    void helpShowsTheOptions(@TempDir Path dir) {
        TestSite.Run run = TestSite.at(dir).run("serve", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--port", "--host", "--base-url", "--drafts", "--source", "--output"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
        assertTrue(TestSite.at(dir).run("--help").out().contains("serve"));
    }

    @Test
    void aBadPortIsAUsageError(@TempDir Path dir) {
        assertEquals(2, TestSite.at(dir).run("serve", "--port", "http").code());
        assertEquals(2, TestSite.at(dir).run("serve", "--port", "70000").code());
    }

    /**
     * A second serve in the same folder, on the port the first one holds, must not build into the
     * folder the first one serves: with {@code --drafts} it put draft pages there.
     */
    @Test
    void aPortInUseFailsBeforeWritingAnything(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted("https://example.test/") + ServedSite.FIRST + """
                -- seeds/2013-07-02-draft.md --
                ---
                title: Draft
                date: 2013-07-02
                draft: true
                ---
                Not yet.
                """).build();
        Map<String, byte[]> before = snapshot(dir);
        assertTrue(before.keySet().stream().anyMatch(p -> p.startsWith("site-output/")), before.keySet().toString());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());
            TestSite.Run run = site.run("serve", "--port", port, "--drafts");
            assertEquals(1, run.code(), run.out() + run.err());
            assertTrue(run.err().contains("port " + port + " on 127.0.0.1 is in use"), run.err());
            assertTrue(run.err().contains("--port"), run.err());
            assertTrue(!run.out().contains("Built"), run.out());
        }
        Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet(), "files in the site folder");
        before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, after.get(path)), path + " changed"));
    }

    /** Every file under {@code root} (output, cache beside it, sources), by relative path, with its bytes. */
    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
