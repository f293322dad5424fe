package gazette.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core (Deque's accessibility engine, from its WebJar on the test class path) run in the page
 * the browser shows, with the WCAG 2.0 and 2.1 A and AA rules.
 */
final class Axe {
    private static final String SCRIPT = read();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); })};
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private Axe() {
    }

    /** One rule broken on a page. */
    record Violation(String page, String id, String impact, String help, List<String> nodes) {
        boolean serious() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return "%s: [%s] %s: %s%n    %s".formatted(page, impact, id, help, String.join("\n    ", nodes));
        }
    }

    /** Every violation on the page now shown, in axe's order. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(JavascriptExecutor browser, String page) {
        browser.executeScript(SCRIPT);
        Object result = browser.executeAsyncScript(RUN);
        if (!(result instanceof List<?> list)) {
            throw new AssertionError(page + ": " + result);
        }
        List<Violation> found = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> v = (Map<String, Object>) o;
            found.add(new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("nodes")));
        }
        return found;
    }

    private static String read() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties p = new Properties();
            p.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js";
            try (InputStream in = loader.getResourceAsStream(path)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
