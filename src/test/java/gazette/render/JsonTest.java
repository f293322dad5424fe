package gazette.render;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** JSON for JSON-LD and the search index: valid, and safe inside an HTML script element. */
class JsonTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", Json.write("say \"hi\" \\ bye"));
    }

    @Test
    void lineBreaksAndTabsUseShortEscapes() {
        assertEquals("\"a\\nb\\rc\\td\"", Json.write("a\nb\rc\td"));
    }

    @Test
    void otherControlCharactersUseUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001f\\u0008\"", Json.write("\u0000\u0001\u001f\b"));
    }

    @Test
    void angleBracketsAndAmpersandsAreEscapedSoAScriptCanNotBeClosed() {
        String json = Json.write("</script><script>alert(1)</script> & <!--");
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"", json);
        assertFalse(json.contains("</"));
        assertFalse(json.contains("<!--"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertEquals("\"a\\u2028b\\u2029c\"", Json.write("a\u2028b\u2029c"));
    }

    @Test
    void keysAreEscapedToo() {
        assertEquals("{\"\\u003c/script\\u003e\":1}", Json.write(Map.of("</script>", 1)));
    }

    @Test
    void otherTextIsKeptAsIs() {
        assertEquals("\"Алматы — Café ’quotes’ 🇰🇿\"", Json.write("Алматы — Café ’quotes’ 🇰🇿"));
    }

    @Test
    void mapsKeepTheirOrderAndSkipNullValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", "NewsArticle");
        map.put("author", null);
        map.put("headline", "Cameron");
        map.put("count", 2);
        assertEquals("{\"@type\":\"NewsArticle\",\"headline\":\"Cameron\",\"count\":2}", Json.write(map));
    }

    @Test
    void listsNumbersBooleansAndNullAreWritten() {
        assertEquals("[1,2.5,true,null,\"x\",[],{}]", Json.write(Arrays.asList(1, 2.5, true, null, "x", List.of(), Map.of())));
    }

    @Test
    void otherObjectsAreWrittenAsTheirText() {
        assertEquals("\"trade\"", Json.write(new Object() {
            @Override
            public String toString() {
                return "trade";
            }
        }));
    }

    @Test
    void nestedValuesAreEscapedAtEveryLevel() {
        String json = Json.write(Map.of("items", List.of(Map.of("t", "</script>"))));
        assertFalse(json.contains("<"), json);
    }
}
