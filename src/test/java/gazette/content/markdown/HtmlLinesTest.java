package gazette.content.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines laid out as flexmark's HTML writer laid them out. */
class HtmlLinesTest {
    @Test
    void dropsALinesLeadingSpacesButKeepsTabs() {
        HtmlLines html = HtmlLines.forBody(16);
        html.raw("<p>").text("a\n   b\n\t  c d").raw("</p>");
        assertEquals("<p>a\nb\n\tc d</p>\n", html.finish());
    }

    @Test
    void writesARunOfBlankLinesAsOneOrNone() {
        HtmlLines body = HtmlLines.forBody(16);
        body.text("a\n\n\n  \nb").line().line();
        assertEquals("a\n\nb\n", body.finish());
        HtmlLines fragment = HtmlLines.withoutBlankLines();
        fragment.text("a\n\n\nb");
        assertEquals("a\nb\n", fragment.finish());
    }

    @Test
    void keepsEveryCharacterAndLineInsidePre() {
        HtmlLines html = HtmlLines.forBody(16);
        html.line().raw("<pre>");
        html.openPre();
        html.raw("<code>").text("  a\n\n\n   \n<b>\n").raw("</code></pre>");
        html.closePre();
        html.line();
        assertEquals("<pre><code>  a\n\n\n   \n&lt;b&gt;\n</code></pre>\n", html.finish());
    }

    @Test
    void escapesTextAndAttributesKeepingCharacterReferencesInAttributes() {
        HtmlLines html = HtmlLines.forBody(16);
        html.raw("<a").attr("title", "a & b &amp; \"c\" <d>").raw(">").text("& &amp; \"<>").raw("</a>");
        assertEquals("<a title=\"a &amp; b &amp; &quot;c&quot; &lt;d&gt;\">&amp; &amp;amp; &quot;&lt;&gt;</a>\n", html.finish());
    }
}
