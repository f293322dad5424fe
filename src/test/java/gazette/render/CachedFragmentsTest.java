package gazette.render;

import gazette.diag.BuildFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code <@cached>} renders its body once per key in a build and prints it as it came out. */
class CachedFragmentsTest {
    /** A value whose every reading the template makes is counted. */
    public static final class Counted {
        private final AtomicInteger reads = new AtomicInteger();

        public String getText() {
            reads.incrementAndGet();
            return "<b>bold</b> & \"quoted\"";
        }
    }

    private static TemplateEngine engine(Path folder, String template) throws IOException {
        Files.writeString(folder.resolve("probe.ftlh"), template);
        return new TemplateEngine(folder, "templates");
    }

    @Test
    void rendersEachKeyOnceAndPrintsItEscapedAsTheFirstTime(@TempDir Path folder) throws IOException {
        TemplateEngine engine = engine(folder, "[<@cached key=\"k ${n}\">${v.text} ${n}</@cached>]");
        Counted value = new Counted();

        String first = engine.render("probe.ftlh", Map.of("v", value, "n", 1));
        String again = engine.render("probe.ftlh", Map.of("v", value, "n", 1));
        String other = engine.render("probe.ftlh", Map.of("v", value, "n", 2));

        assertEquals("[&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; 1]", first);
        assertEquals(first, again);
        assertEquals("[&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; 2]", other);
        assertEquals(2, value.reads.get(), "one rendering per key");
    }

    @Test
    void aNewEngineThatIsANewBuildRendersAgain(@TempDir Path folder) throws IOException {
        String template = "<@cached key=\"same\">${v.text}</@cached>";
        Counted value = new Counted();
        engine(folder, template).render("probe.ftlh", Map.of("v", value));
        engine(folder, template).render("probe.ftlh", Map.of("v", value));
        assertEquals(2, value.reads.get());
    }

    @Test
    void aMissingKeyIsATemplateErrorAtItsLine(@TempDir Path folder) throws IOException {
        TemplateEngine engine = engine(folder, "line one\n<@cached>x</@cached>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> engine.render("probe.ftlh", Map.of()));
        String problem = failure.problems().get(0).toString();
        assertTrue(problem.startsWith("templates/probe.ftlh:2:"), problem);
        assertTrue(problem.contains("takes one parameter, key"), problem);
    }
}
