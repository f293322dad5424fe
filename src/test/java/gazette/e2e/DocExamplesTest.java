package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import example of the README and of importing.md, run as written from a copy of this
 * repository's site with {@code ../shared/seeds/} beside it: every command succeeds, and the
 * repository's own site still builds after it. Followed as first written, the example refused one
 * article and left a second copy of the other in {@code seeds/}, and the next build failed.
 */
class DocExamplesTest {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final String JAR = "java -jar target/gazette.jar ";
    private static final Path RAW = Path.of("src/test/resources/rawcopy/seeds");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "src/site/markdown/importing.md"})
    void theImportExampleWorksAsWrittenAndLeavesTheSiteBuilding(String doc, @TempDir Path dir) throws IOException {
        List<List<String>> commands = importExample(Files.readString(TestSite.repoRoot().resolve(doc)));
        assertFalse(commands.isEmpty(), doc + " shows an import example");
        Files.createDirectories(dir.resolve("site"));
        TestSite site = TestSite.seedCopy(dir.resolve("site"));
        Files.createDirectories(dir.resolve("shared/seeds"));
        for (String raw : List.of("000_be17fb8f742894ba.txt", "003_ed86e922d107c84f.txt")) {
            Files.copy(RAW.resolve(raw), dir.resolve("shared/seeds").resolve(raw));
        }
        for (List<String> command : commands) {
            TestSite.Run run = site.run(command.toArray(String[]::new));
            assertEquals(0, run.code(), doc + ": " + String.join(" ", command) + "\n" + run.err());
        }
        site.build();
        assertTrue(site.exists("articles/almaty-business-is-best-defense/index.html"));
    }

    /** The commands of the first {@code sh} block that imports, as arguments after the jar. */
    private static List<List<String>> importExample(String markdown) {
        Matcher block = SH_BLOCK.matcher(markdown);
        while (block.find()) {
            if (block.group(1).contains(JAR + "import ")) {
                return block.group(1).lines().filter(l -> l.startsWith(JAR))
                        .map(l -> words(l.substring(JAR.length()))).toList();
            }
        }
        return List.of();
    }

    /** Splits a shell line into words, as the shell does for the plain and double-quoted words these examples use. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
