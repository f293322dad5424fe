package gazette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbsoluteLinksTest {
    private static final String PAGE = "https://example.org/sub/articles/deal/";

    @Test
    void relativeAddressesAreResolvedAgainstThePage() {
        assertEquals("<p><a href=\"https://example.org/sub/articles/other/\">o</a> <img src=\"https://example.org/sub/media/a%20b.jpg\" alt=\"x\">"
                        + "<sup><a class=\"footnote-ref\" href=\"https://example.org/sub/articles/deal/#fn-1\">1</a></sup></p>",
                AbsoluteLinks.in("<p><a href=\"../../articles/other/\">o</a> <img src=\"../../media/a%20b.jpg\" alt=\"x\">"
                        + "<sup><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>", PAGE));
    }

    @Test
    void anUpdatesAddressLosesItsFragmentForTheUpdatesLinks() {
        assertEquals("<a href=\"https://example.org/sub/articles/deal/#fn-2\">",
                AbsoluteLinks.in("<a href=\"#fn-2\">", PAGE + "#update-one"));
    }

    @Test
    void absoluteAddressesTextAndOddValuesStayAsTheyAre() {
        String html = "<p><a href=\"https://gov.uk/x?a=1&amp;b=2\">g</a> <a href=\"mailto:desk@example.org\">m</a>"
                + " <img src=\"data:image/png;base64,AAAA\" alt=\"\"> <a href=\"//cdn.example.org/x\">c</a>"
                + " href=&quot;../x&quot; <a href=\"%zz\">bad</a> <a href=\"\">empty</a></p>";
        assertEquals(html, AbsoluteLinks.in(html, PAGE));
    }

    @Test
    void aQueryKeepsItsEscapedAmpersandAndNamesOutsideAsciiAreEncoded() {
        assertEquals("<a href=\"https://example.org/sub/tags/%E5%8C%97%E4%BA%AC/?a=1&amp;b=2\">",
                AbsoluteLinks.in("<a href=\"../../tags/北京/?a=1&amp;b=2\">", PAGE));
    }
}
