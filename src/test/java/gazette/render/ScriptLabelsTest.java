package gazette.render;

import gazette.config.Labels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Features tested: search.js and live.js carry their English messages themselves (so an English page
 * needs no JSON of them, and a site's own older copy of search.ftlh still works), and those are the
 * English table's, key for key and word for word; a Russian site, or an English one with a label of
 * the scripts changed, hands the scripts its own.
 */
class ScriptLabelsTest {

    @Test
    void theScriptsEnglishIsTheTablesEnglish() throws IOException {
        Map<String, Object> english = Labels.englishForScripts();
        String scripts = builtIn("search.js") + builtIn("live.js");
        StringBuilder inScripts = new StringBuilder();
        Matcher block = Pattern.compile("(?s)var LABELS = \\{(.*?)\\n  \\};").matcher(scripts);
        while (block.find()) {
            inScripts.append(inScripts.length() == 0 ? "" : ",").append(block.group(1));
        }
        String written = unescape(inScripts.toString()).replaceAll("\\s", "");
        String expected = Json.write(english).replaceAll("\\s", "");
        assertEquals(expected.substring(1, expected.length() - 1), written);
    }

    @Test
    void onlyASiteWhoseScriptsSayOtherwiseHandsThemItsWords() {
        assertFalse(Labels.english().scriptsNeedLabels());
        assertFalse(Labels.of("en-GB", Map.of("nav.timeline", "Chronology")).scriptsNeedLabels());
        assertTrue(Labels.of("en-GB", Map.of("search.loading", "Loading…")).scriptsNeedLabels());
        assertTrue(Labels.of("ru", Map.of()).scriptsNeedLabels());
    }

    private static String builtIn(String name) throws IOException {
        return Files.readString(Path.of("templates/assets").resolve(name));
    }

    private static String unescape(String js) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(js);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
