package gazette.serve;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gazette serve} on the command line: its options in the help, and a wrong port is a usage error (exit 2). */
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
}
