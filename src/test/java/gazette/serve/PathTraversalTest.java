package gazette.serve;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Site: one article, served at {@code /} and under {@code /sub/}; a secret in its config and one
 * outside the site folder, linked to from inside site-output. Features tested: requests that try
 * to leave the output folder, however they are spelled, get the 404 page and never the secret.
 */
class PathTraversalTest {
    static final String SECRET = "TOP-SECRET-4242";

    @TempDir
    Path dir;
    @TempDir
    Path outside;
    Path secretFile;

    @BeforeEach
    void secrets() throws IOException {
        secretFile = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    }

    private ServedSite serve(String baseUrl) throws IOException {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted(baseUrl) + "# " + SECRET + "\n" + ServedSite.FIRST);
        return ServedSite.start(site);
    }

    private static List<String> attacks(String base, Path secret) {
        String abs = secret.toAbsolutePath().toString().replace('\\', '/');
        String absNoSlash = abs.startsWith("/") ? abs.substring(1) : abs;
        List<String> list = new ArrayList<>(List.of(
                base + "../gazette.yml",
                base + "%2e%2e/gazette.yml",
                base + "%2E%2E/gazette.yml",
                base + "..%2fgazette.yml",
                base + "%2e%2e%2fgazette.yml",
                base + "..%5cgazette.yml",
                base + "..\\gazette.yml",
                base + "articles/../../gazette.yml",
                base + "articles/%2e%2e/%2e%2e/gazette.yml",
                base + "%252e%252e/gazette.yml",
                base + "./../gazette.yml",
                base + "/etc/passwd",
                base + "/" + absNoSlash,
                base + "%2f" + absNoSlash.replace("/", "%2f"),
                base + "C:/Windows/win.ini",
                base + "gazette.yml%00.html",
                "/../gazette.yml",
                "//etc/passwd",
                "/" + absNoSlash.replace("/", "%2f")));
        return list;
    }

    private void assertRefused(ServedSite served, String target) throws IOException {
        String response = served.raw(target);
        String statusLine = response.lines().findFirst().orElse("");
        assertTrue(statusLine.startsWith("HTTP/1.1 404") || statusLine.startsWith("HTTP/1.1 400"),
                () -> target + " -> " + statusLine);
        assertFalse(response.contains(SECRET), () -> target + " leaked the secret");
        assertFalse(response.contains("root:x:0:0"), () -> target + " leaked /etc/passwd");
    }

    @Test
    void nothingOutsideTheOutputFolderIsServedAtTheRoot() throws IOException {
        try (ServedSite served = serve("https://example.org/")) {
            assertTrue(served.raw("/articles/first/").startsWith("HTTP/1.1 200"), "the check itself works");
            List<String> attacks = attacks("/", secretFile);
            assertAll(attacks.stream().map(a -> () -> assertRefused(served, a)));
        }
    }

    @Test
    void nothingOutsideTheOutputFolderIsServedUnderASubPath() throws IOException {
        try (ServedSite served = serve("https://example.github.io/sub/")) {
            assertTrue(served.raw("/sub/articles/first/").startsWith("HTTP/1.1 200"), "the check itself works");
            List<String> attacks = attacks("/sub/", secretFile);
            attacks.add("/sub/../sub/../gazette.yml");
            assertAll(attacks.stream().map(a -> () -> assertRefused(served, a)));
        }
    }

    @Test
    void symbolicLinksOutOfTheOutputFolderAreRefused() throws IOException {
        try (ServedSite served = serve("https://example.org/")) {
            Path output = served.site.output();
            try {
                Files.createSymbolicLink(output.resolve("leak.txt"), secretFile);
                Files.createSymbolicLink(output.resolve("leak"), outside);
                Files.createSymbolicLink(output.resolve("articles/first/leak.html"), secretFile);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "symbolic links are not available here: " + e);
            }
            assertAll(
                    () -> assertRefused(served, "/leak.txt"),
                    () -> assertRefused(served, "/leak/secret.txt"),
                    () -> assertRefused(served, "/leak/"),
                    () -> assertRefused(served, "/leak"),
                    () -> assertRefused(served, "/articles/first/leak.html"));
        }
    }

    @Test
    void requestPathsAreDecodedOnceAndCheckedStrictly() {
        assertTrue(RequestPath.relative("").orElseThrow().isEmpty());
        assertTrue(RequestPath.relative("articles/first/").orElseThrow().equals("articles/first/"));
        assertTrue(RequestPath.relative("a%20b.html").orElseThrow().equals("a b.html"));
        for (String bad : List.of("..", "../x", "a/../../x", "%2e%2e/x", "..%2fx", "%2fetc/passwd", "/etc/passwd",
                "a//b", "./a", "a/./b", "a%5cb", "a\\b", "C:/x", "a%00b", "%", "%2", "%zz", "%c0%ae%c0%ae/x", "%ff")) {
            assertTrue(RequestPath.relative(bad).isEmpty(), bad);
        }
        assertTrue(RequestPath.relative("%252e%252e/x").orElseThrow().equals("%2e%2e/x"), "decoded once only");
    }
}
