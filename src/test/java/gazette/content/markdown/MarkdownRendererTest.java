package gazette.content.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown to HTML with the news conventions: captions, credits, quote attributions, datelines, no raw HTML. */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document html(String markdown) {
        return html(markdown, "");
    }

    private Document html(String markdown, String dateline) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, dateline, false).html().value());
    }

    @Test
    void rawHtmlIsShownAsTextNotPassedThrough() {
        Document doc = html("Before <script>alert(1)</script> after.\n\n<div onclick=\"steal()\">block</div>\n");
        assertTrue(doc.select("script, div[onclick]").isEmpty(), doc.body().html());
        assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
        assertTrue(doc.text().contains("<div onclick=\"steal()\">block</div>"), doc.text());
    }

    @Test
    void javascriptLinksAreNotLinked() {
        Document doc = html("[click](javascript:alert(1)) and [ITV](https://www.itv.com/news)\n");
        assertEquals(List.of("https://www.itv.com/news"), doc.select("a").eachAttr("href"));
    }

    @Test
    void addressesThatWouldRunScriptAreNotLinkedHoweverTheyAreWritten() {
        String markdown = String.join("\n",
                "[a](JAVASCRIPT:alert(1)) [b](&#106;avascript:alert(1)) [c](java&#x09;script:alert(1))",
                "[d](vbscript:msgbox(1)) [e](data:text/html;base64,PHNjcmlwdD4=)",
                "[g][ref] <javascript:alert(1)> [h](file:///etc/passwd) [i](  jAvAsCrIpT:alert(1))",
                "![j](javascript:alert(1)) ![k][ref] ![l](data:image/svg+xml,<svg/onload=alert(1)>)",
                "",
                "[ref]: Javascript:alert(1)",
                "",
                "[ok1](https://www.itv.com/news) [ok2](/articles/other/) [ok3](mailto:desk@example.org) [ok4](tel:+441234)",
                "[ok5](#top) [ok6](other.html) ![ok7](photo.jpg) ![ok8](data:image/png;base64,iVBORw0KGgo=)",
                "");
        Document doc = html(markdown);
        assertEquals(List.of("https://www.itv.com/news", "../../articles/other/", "mailto:desk@example.org", "tel:+441234", "#top",
                "other.html"), doc.select("a").eachAttr("href"));
        assertEquals(List.of("photo.jpg", "data:image/png;base64,iVBORw0KGgo="), doc.select("img").eachAttr("src"));
        assertTrue(doc.text().contains("a b c d e g"), "unsafe links keep their text: " + doc.text());
        String alone = html("![photo](JavaScript:alert(1) \"Caption\")\n").body().html();
        assertFalse(alone.contains("<img"), alone);
    }

    @Test
    void aPhotoCaptionBecomesAFigureWithACredit() {
        Document doc = html("Photo: Cameron arrives in Astana. Credit: Reuters\n");
        Element figure = doc.selectFirst("figure.caption-only");
        assertNotNull(figure, doc.body().html());
        Element caption = figure.selectFirst("figcaption");
        assertNotNull(caption);
        assertEquals("Photo", caption.select(".caption-kind").text());
        assertEquals("Credit: Reuters", caption.select(".credit").text());
        assertEquals("Photo Cameron arrives in Astana. Credit: Reuters", caption.text());
        assertTrue(doc.select("p").isEmpty(), "a caption is not a paragraph");
    }

    @Test
    void aVideoCaptionWithoutCreditHasNoCreditElement() {
        Document doc = html("Video: Nazarbayev replies\n");
        assertEquals("Video Nazarbayev replies", doc.select("figure > figcaption").text());
        assertTrue(doc.select(".credit").isEmpty());
    }

    @Test
    void aCaptionIsOnlyAParagraphStartingWithPhotoOrVideo() {
        Document doc = html("The Photo: agency said so.\n\nphoto: lower case\n");
        assertTrue(doc.select("figure").isEmpty(), doc.body().html());
        assertEquals(2, doc.select("p").size());
    }

    @Test
    void markupInACaptionIsEscaped() {
        Document doc = html("Photo: <b>bold</b> claims. Credit: A <i>B</i>\n");
        assertTrue(doc.select("figcaption b, figcaption i").isEmpty(), doc.body().html());
        assertEquals("Credit: A <i>B</i>", doc.select(".credit").text());
    }

    @Test
    void anImageAloneIsAFigureWithItsTitleAsCaption() {
        Document doc = html("![Cameron at the airport](cameron.jpg \"Cameron lands. Credit: PA\")\n");
        Element img = doc.selectFirst("figure > img");
        assertNotNull(img, doc.body().html());
        assertEquals("cameron.jpg", img.attr("src"));
        assertEquals("Cameron at the airport", img.attr("alt"));
        assertEquals("Credit: PA", doc.select("figure > figcaption .credit").text());
        assertEquals("Cameron lands. Credit: PA", doc.select("figure > figcaption").text());
    }

    @Test
    void anImageWithoutATitleHasNoCaption() {
        Document doc = html("![Cameron](cameron.jpg)\n");
        assertEquals(1, doc.select("figure > img").size());
        assertTrue(doc.select("figcaption").isEmpty());
    }

    @Test
    void anImageInsideTextStaysInline() {
        Document doc = html("Look ![icon](i.png) here.\n");
        assertTrue(doc.select("figure").isEmpty());
        assertEquals(1, doc.select("p > img").size());
    }

    @Test
    void aQuoteWithADashLineGetsItsAttribution() {
        Document doc = html("> We want more trade.\n>\n> – David Cameron\n");
        Element figure = doc.selectFirst("figure.quote");
        assertNotNull(figure, doc.body().html());
        assertEquals("We want more trade.", figure.select("> blockquote").text());
        assertEquals("David Cameron", figure.select("> figcaption > cite").text());
        assertFalse(figure.select("blockquote").text().contains("Cameron"), "the attribution is not quoted text");
    }

    @Test
    void anEmDashOrTwoHyphensAlsoMarkAnAttribution() {
        assertEquals("Nazarbayev", html("> Text.\n>\n> — Nazarbayev\n").select("figure.quote cite").text());
        assertEquals("Nazarbayev", html("> Text.\n>\n> -- Nazarbayev\n").select("figure.quote cite").text());
    }

    @Test
    void aQuoteOfOnlyADashLineIsAnOrdinaryQuote() {
        Document doc = html("> – just a dash\n");
        assertTrue(doc.select("figure").isEmpty(), doc.body().html());
        assertEquals(1, doc.select("blockquote").size());
    }

    @Test
    void aQuoteWithoutAttributionIsAnOrdinaryQuote() {
        Document doc = html("> One.\n>\n> Two.\n");
        assertTrue(doc.select("figure, cite").isEmpty());
        assertEquals(2, doc.select("blockquote > p").size());
    }

    @Test
    void markupInAnAttributionIsEscaped() {
        Document doc = html("> Text.\n>\n> – <b>Name</b>\n");
        assertTrue(doc.select("cite b").isEmpty());
        assertEquals("<b>Name</b>", doc.select("cite").text());
    }

    @Test
    void theDatelineStartsTheFirstParagraphOnly() {
        Document doc = html("First.\n\nSecond.\n\n> Quoted.\n", "LONDON");
        assertEquals(1, doc.select(".dateline").size());
        assertEquals("LONDON — First.", doc.select("p").get(0).text());
        assertEquals("Second.", doc.select("p").get(1).text());
    }

    @Test
    void theDatelineSkipsCaptionsAndImages() {
        Document doc = html("Photo: Cameron.\n\n![Alt](a.jpg)\n\nFirst words.\n", "ASTANA");
        assertEquals("ASTANA — First words.", doc.select("p").first().text());
        assertTrue(doc.select("figcaption .dateline").isEmpty());
    }

    @Test
    void theDatelineIsEscaped() {
        Document doc = html("First.\n", "<b>LONDON</b>");
        assertTrue(doc.select("b").isEmpty());
        assertEquals("<b>LONDON</b>", doc.select(".dateline").text());
    }

    @Test
    void noDatelineLeavesParagraphsPlain() {
        assertTrue(html("First.\n").select(".dateline").isEmpty());
    }

    @Test
    void tablesAndFootnotesWork() {
        Document doc = html("| Year | Visit |\n|---|---|\n| 1994 | London |\n\nText[^1].\n\n[^1]: A note.\n");
        assertEquals("London", doc.select("table.table td").get(1).text());
        Element ref = doc.selectFirst("a.footnote-ref");
        assertNotNull(ref);
        assertNotNull(doc.getElementById(ref.attr("href").substring(1)), "the footnote link has a target");
    }

    @Test
    void aNotesWayBackEndsItsLastParagraphAndIsNamed() {
        Document doc = html("Text[^1] and again[^1], and[^2].\n\n[^1]: A note.\n\n    Its second paragraph.\n"
                + "[^2]: A list:\n\n    - one\n");
        Element note = doc.getElementById("fn-1");
        Element last = note.select("p").last();
        assertEquals("Its second paragraph.\u00a0\u21a9 \u21a9", last.wholeText(), "the arrows end the paragraph, the first kept with its last word");
        assertEquals(List.of("Back to reference 1", "Back to reference 1, mention 2"), last.select("a.footnote-back").eachAttr("aria-label"));
        assertEquals(List.of("#fnref-1", "#fnref-1-1"), last.select("a.footnote-back").eachAttr("href"));
        assertEquals(1, note.select("a.footnote-back").size() - 1, "none outside it");
        Element list = doc.getElementById("fn-2");
        assertEquals("ul", list.child(list.childrenSize() - 2).tagName(), "a note ending in a list has its way back after it");
        assertEquals("Back to reference 2", list.children().last().attr("aria-label"));
        Element heading = doc.selectFirst(".footnotes h2");
        assertEquals("Notes", heading.text());
        assertTrue(heading.hasClass("visually-hidden"), "a heading screen readers announce; the rule above the notes says it to the eye");
    }

    @Test
    void theNotesAndTablesSpeakTheSitesLanguage() {
        MarkdownRenderer russian = new MarkdownRenderer(BodyLabels.of(gazette.config.Labels.of("ru", java.util.Map.of())));
        Document doc = Jsoup.parseBodyFragment(russian.render("Текст[^1].\n\n| а | б |\n|---|---|\n| 1 | 2 |\n\n"
                + "| в |\n|---|\n| 3 |\n\n[^1]: Примечание.\n", "", false).html().value());
        assertEquals(List.of("Таблица 1", "Таблица 2"), doc.select("div.table-wrap[role=region]").eachAttr("aria-label"),
                "each scrolling box named, by its number, so no two share a name");
        assertEquals("Примечания", doc.selectFirst(".footnotes h2").text());
        assertEquals("Вернуться к ссылке 1", doc.selectFirst("a.footnote-back").attr("aria-label"));
    }

    @Test
    void aLiveUpdatesNotesHeadingIsBelowTheUpdatesOwn() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro[^1].\n\n## Update\n\nText[^2].\n\n[^1]: One.\n[^2]: Two.\n", "", true);
        assertEquals("Notes", Jsoup.parseBodyFragment(r.html().value()).selectFirst(".footnotes h2").text(), "the introduction's");
        assertEquals("Notes", Jsoup.parseBodyFragment(r.sections().get(0).body().value()).selectFirst(".footnotes h4").text(),
                "below the update's h3");
    }

    @Test
    void headingsGetUniqueIds() {
        Document doc = html("### Reaction\n\nx\n\n### Reaction\n\ny\n");
        List<String> ids = doc.select("h2").eachAttr("id");
        assertEquals(2, ids.size());
        assertFalse(ids.get(0).isEmpty());
        assertFalse(ids.get(0).equals(ids.get(1)), ids.toString());
    }

    @Test
    void rawHtmlInAnImagesTextIsKeptInItsAltTextAsItIsShownEverywhereElse() {
        Document doc = html("![alt \"<script>alert(20)</script>\" <!-- note -->](x.png)\n\n![plain *words*](y.png)\n");
        assertEquals(List.of("alt \"<script>alert(20)</script>\" <!-- note -->", "plain words"), doc.select("img").eachAttr("alt"),
                "the tags were dropped: alt \"alert(20)\"");
    }

    @Test
    void headingsWithoutWordsGetIdsToo() {
        Document doc = html("## 🔥\n\nx\n\n## 🔥\n\ny\n\n## !!!\n\nz\n\n## Section\n");
        // The first had no id, the next two "-1" and "-2": no link could reach the first.
        assertEquals(List.of("section", "section-1", "section-2", "section-3"), doc.select("h2").eachAttr("id"));
    }

    @Test
    void aHeadingNeverTakesAnIdThePageOrAnotherHeadingHas() {
        Document doc = html("## Main\n\n## Events heading\n\n## Fn 1\n\n## Fnref 1\n\n## Fnref 1 1\n\n## A\n\n## A\n\n## A-1\n\n"
                + "Text[^1] and again[^1].\n\n[^1]: A note.\n");
        assertEquals(List.of("main-1", "events-heading-1", "fn-1-1", "fnref-1-2", "fnref-1-1-1", "a", "a-1", "a-1-1"),
                doc.select("h2").eachAttr("id"), "not the page's <main id=main>, the events list's heading, a footnote's or"
                        + " its second marker's (fnref-1-1)");
        assertEquals(List.of("fnref-1", "fnref-1-1"), doc.select("sup").eachAttr("id"));
        assertEquals(1, doc.select("[id=fn-1]").size(), "the note keeps its id");
        assertEquals("#fn-1", doc.selectFirst("sup a").attr("href"));
    }

    @Test
    void aHeadingMayNameItsOwnId() {
        Document doc = html("## Details {#the-details}\n\n### More *detail* {#more}\n\n## 1 {#9x}\n\n## {#alone}\n\n## Other {#the-details}\n");
        assertEquals(List.of("the-details", "more", "1-9x", "alone", "the-details-1"), doc.select("h2, h3").eachAttr("id"));
        assertEquals(List.of("Details", "More detail", "1 {#9x}", "{#alone}", "Other"), doc.select("h2, h3").eachText(),
                "the braces leave the text (an id starts with a letter, and a heading keeps some text); a repeated"
                        + " one gets a number, as a repeated heading does");
    }

    @Test
    void theFirstParagraphIsTheDefaultSummaryAsPlainText() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Photo: Cameron.\n\nCameron *arrived* in\nAstana.\n\nMore.\n", "LONDON", false);
        assertEquals("Cameron arrived in Astana.", r.firstParagraph());
    }

    @Test
    void aFootnoteMarkerIsNotPartOfTheSummary() {
        assertEquals("Cameron arrived.", renderer.render("Cameron arrived[^1].\n\n[^1]: ITV News.\n", "", false).firstParagraph());
    }

    @Test
    void theSummaryReadsAsThePageDoes() {
        String body = "AT&amp;T paid \\*only\\* \\$5 &copy; for `a &amp; b`, see <https://example.org> or <desk@example.org>,"
                + " [unlinked] and [also][none] and [this][], <b>as typed</b>.\n";
        MarkdownRenderer.RenderedMarkdown r = renderer.render(body, "", false);
        String expected = "AT&T paid *only* $5 © for a &amp; b, see https://example.org or desk@example.org,"
                + " [unlinked] and [also][none] and [this][], <b>as typed</b>.";
        assertEquals(expected, r.firstParagraph());
        assertEquals(expected, Jsoup.parseBodyFragment(r.html().value()).text(), "the same words as the page's paragraph");
    }

    @Test
    void referencesToCharactersNoPageMayHoldBecomeReplacementCharacters() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render(
                "Bell &#7; nul &#0; half &#xD800; nonchar &#xFFFE; &#x1FFFF; c1 &#x85; fine &#233;.\n\n## Update &#1; one\n\nText &#x7F;.\n",
                "", true);
        String words = "Bell \uFFFD nul \uFFFD half \uFFFD nonchar \uFFFD \uFFFD c1 \uFFFD fine é.";
        assertEquals(words, r.firstParagraph());
        assertEquals("<p>" + words + "</p>\n", r.html().value());
        assertEquals("Update \uFFFD one", r.sections().get(0).title());
        assertEquals("Update \uFFFD one", r.sections().get(0).titleHtml().value());
        assertEquals("<p>Text \uFFFD.</p>\n", r.sections().get(0).body().value());
        assertEquals("Text \uFFFD.", r.sections().get(0).text());
        assertTrue(r.text().startsWith(words), r.text());
    }

    @Test
    void numericReferencesReadAsTheirCharactersInTitlesAltTextAndSearchText() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render(
                "Intro ![Caf&#233; &#x1F600;](a.png).\n\n## Caf&#233; &amp; bar &#x41;\n\nText &#233;.\n", "", true);
        assertEquals("Café & bar A", r.sections().get(0).title());
        assertEquals("Text é.", r.sections().get(0).text());
        assertEquals("Café 😀", Jsoup.parseBodyFragment(r.html().value()).selectFirst("img").attr("alt"));
        assertTrue(r.text().contains("Café & bar A"), r.text());
    }

    private static List<String> headingTags(String html) {
        return Jsoup.parseBodyFragment(html).select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName() + " " + h.text()).toList();
    }

    @Test
    void anArticlesHeadingsStartBelowItsTitleAndNeverSkipALevel() {
        assertEquals(List.of("h2 The deals"), headingTags(renderer.render("Intro.\n\n### The deals\n\nText.\n", "", false).html().value()));
        assertEquals(List.of("h2 Part", "h3 Deeper", "h3 Less deep", "h2 Next"), headingTags(renderer.render(
                "# Part\n\n#### Deeper\n\n### Less deep\n\n# Next\n", "", false).html().value()));
        assertEquals(List.of("h2 Section", "h3 Quoted"), headingTags(renderer.render(
                "## Section\n\n> ##### Quoted\n", "", false).html().value()), "headings in quotes count too");
    }

    @Test
    void headingsInsideALiveUpdateStartBelowTheUpdatesTitle() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render(
                "Intro.\n\n#### About\n\n## First\n\n### Inside\n\n###### Deep\n\n## Second\n\n# Big\n", "", true);
        assertEquals(List.of("h2 About"), headingTags(r.html().value()));
        assertEquals(List.of("h4 Inside", "h5 Deep"), headingTags(r.sections().get(0).body().value()));
        assertEquals(List.of("h4 Big"), headingTags(r.sections().get(1).body().value()));
    }

    @Test
    void anEscapedPipeInATableCellsCodeIsAPipe() {
        Document doc = html("| Operator | Meaning |\n|---|---|\n| `a\\|b` | either `\\` or \\| |\n\nOutside: `a\\|b`\n");
        assertEquals(List.of("a|b", "\\"), doc.select("td code").eachText(), "GitHub's tables read it so");
        assertEquals("either \\ or |", doc.select("td").get(1).text());
        assertEquals("a\\|b", doc.selectFirst("p code").text(), "outside a table a backslash in code is text");
    }

    @Test
    void aTableColumnsAlignmentIsAClassNotTheObsoleteAttribute() {
        Document doc = Jsoup.parseBodyFragment(renderer.render("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n", "", false)
                .html().value());
        assertTrue(doc.select("[align]").isEmpty(), doc.html());
        assertEquals(List.of("align-left", "align-center", "align-right", ""), doc.select("td").stream().map(e -> e.attr("class")).toList());
        assertEquals(List.of("align-left", "align-center", "align-right", ""), doc.select("th").stream().map(e -> e.attr("class")).toList());
    }

    @Test
    void bareAddressesBecomeLinksAsInHugo() {
        Document doc = html("See https://www.gov.uk/news/a_b. and www.itv.com/news, desk@example.org, the report"
                + " (https://example.org/r) but not `https://code.example` nor javascript:alert(1).\n");
        assertEquals(List.of("https://www.gov.uk/news/a_b", "http://www.itv.com/news", "mailto:desk@example.org",
                "https://example.org/r"), doc.select("a").eachAttr("href"));
        assertEquals("https://code.example", doc.selectFirst("code").text());
        assertTrue(doc.text().contains("nor javascript:alert(1)."), doc.html());
        Document linked = html("[the source](https://example.org/s) and <https://example.org/t> and [mail](mailto:a@b.org)\n");
        assertEquals(List.of("https://example.org/s", "https://example.org/t", "mailto:a@b.org"), linked.select("a").eachAttr("href"),
                "addresses that are links already stay one link each");
    }

    @Test
    void onlyABodyThatMayHoldABareAddressIsLookedThroughForOne() {
        for (String bare : List.of("see https://x.org", "www.x.org", "(https://x.org)", "mail desk@example.org today",
                "[a](/u) then http://x.org")) {
            assertTrue(MarkdownRenderer.mayHoldBareAddress(bare), bare);
        }
        for (String linked : List.of("[a](https://x.org)", "<https://x.org>", "[a](https://www.x.org)", "[a](mailto:desk@example.org)",
                "<desk@example.org>", "@ITVNews says", "plain text")) {
            assertFalse(MarkdownRenderer.mayHoldBareAddress(linked), linked);
        }
    }

    @Test
    void imagesWithoutAltTextAreListedByLineAndColumn() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Text.\n\n![](a.jpg)\n\n![Alt](b.jpg)\n\nSee ![](c.png).\n", "", false);
        assertEquals(List.of(new MarkdownRenderer.BodyPlace(2, 1), new MarkdownRenderer.BodyPlace(6, 5)), r.imagesWithoutAlt());
    }

    @Test
    void anArticleIsNotCutIntoSections() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro.\n\n## Heading\n\nText.\n", "", false);
        assertEquals(List.of(), r.sections());
        assertEquals(1, Jsoup.parseBodyFragment(r.html().value()).select("h2").size());
    }

    @Test
    void aLiveBlogIsCutAtItsLevelTwoHeadings() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render(
                "Intro.\n\n## First *update*\n\nOne.\n\n### Detail\n\nMore.\n\n## Second\n\nTwo.\n", "", true);
        assertEquals("<p>Intro.</p>", r.html().value().trim());
        assertEquals(2, r.sections().size());
        MarkdownRenderer.Section first = r.sections().get(0);
        assertEquals("First update", first.title());
        assertEquals("First <em>update</em>", first.titleHtml().value());
        assertEquals(2, first.line());
        Document body = Jsoup.parseBodyFragment(first.body().value());
        assertEquals(List.of("One.", "More."), body.select("p").eachText());
        assertEquals("Detail", body.select("h4").text(), "below the update's own h3 title");
        assertTrue(first.text().contains("Detail"));
        assertEquals("Two.", Jsoup.parseBodyFragment(r.sections().get(1).body().value()).text());
    }

    @Test
    void anUpdatesHeadingKeepsItsImagesButNotItsLinksWhichWouldNestInTheHeadingsOwnLink() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro.\n\n## ![Flag](https://example.org/flag.png) Talks with"
                + " [Nazarbayev](https://example.org/n) ![](javascript:alert(1))\n\nOne.\n", "", true);
        MarkdownRenderer.Section s = r.sections().get(0);
        assertEquals("<img src=\"https://example.org/flag.png\" alt=\"Flag\"> Talks with Nazarbayev", s.titleHtml().value(),
                "the unsafe image stays out");
        assertEquals("Flag Talks with Nazarbayev", s.title(), "the title in lists and feeds reads the alt text");
    }

    @Test
    void anUpdatesTitleInListsAndFeedsReadsAsItsHeadingOnThePageRawHtmlIncluded() {
        MarkdownRenderer.Section s = renderer.render("## Vote <b>passed</b> &amp; <img src=x onerror=alert(1)>\n\nText.\n", "", true)
                .sections().get(0);
        assertEquals("Vote <b>passed</b> & <img src=x onerror=alert(1)>", Jsoup.parseBodyFragment(s.titleHtml().value()).text(),
                "raw HTML is shown as text on the page");
        assertEquals("Vote <b>passed</b> & <img src=x onerror=alert(1)>", s.title(), "and in the timeline and feeds alike");
    }

    @Test
    void aLiveBlogsFootnotesGoWithThePartThatFirstRefersToThem() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro[^i].\n\n## Second\n\nText[^a] and[^b].\n\n"
                + "## First\n\nText[^c] and[^b] again.\n\n[^i]: Intro note.\n[^a]: Note A:\n\n    - one\n    - two\n"
                + "[^b]: Note B.\n[^c]: Note C.\n", "", true);
        assertEquals(List.of("fn-1"), noteIds(r.html().value()));
        // Flexmark numbers note B 4 and note C 3: the numbers are its own, the place of each note is what is tested.
        assertEquals(List.of("fn-2", "fn-4"), noteIds(r.sections().get(0).body().value()));
        assertEquals(List.of("fn-3"), noteIds(r.sections().get(1).body().value()), "note B stays where it was first referred to");
        Document first = Jsoup.parseBodyFragment(r.sections().get(1).body().value());
        assertEquals("3", first.selectFirst("li#fn-3").attr("value"), "numbered as its marker is");
        assertEquals("3", first.selectFirst("sup a").text());
        assertEquals("#fn-4", first.select("sup a").get(1).attr("href"), "the marker of an earlier note leads to it");
        assertEquals(List.of("one", "two"), Jsoup.parseBodyFragment(r.sections().get(0).body().value())
                .select("li#fn-2 ul li").eachText(), "a list inside a note stays inside it");
    }

    private static List<String> noteIds(String html) {
        return Jsoup.parseBodyFragment(html).select(".footnotes li[id]").eachAttr("id");
    }

    @Test
    void anEmphasisedLineRightAfterAnUpdateHeadingIsItsMetadata() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("## Update\n\n*14:37; topics: trade*\n\nText.\n", "", true);
        MarkdownRenderer.Section s = r.sections().get(0);
        assertEquals("14:37; topics: trade", s.meta().orElseThrow().text());
        assertEquals(2, s.meta().orElseThrow().line());
        assertEquals("<p>Text.</p>", s.body().value().trim());
    }

    @Test
    void boldTextAfterAHeadingIsBodyNotMetadata() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("## Update\n\n**Breaking**\n\nText.\n", "", true);
        assertTrue(r.sections().get(0).meta().isEmpty());
        assertTrue(r.sections().get(0).body().value().contains("<strong>Breaking</strong>"));
    }

    @Test
    void aPinnedIdIsTakenFromTheEndOfTheHeading() {
        MarkdownRenderer.Section s = renderer.render("## Cameron lands {#arrival}\n\nText.\n", "", true).sections().get(0);
        assertEquals("arrival", s.pinnedId().orElseThrow());
        assertEquals("Cameron lands", s.title());
        assertEquals("Cameron lands", s.titleHtml().value());
        MarkdownRenderer.Section greek = renderer.render("## Ελληνικά νέα {#ελληνικά}\n\nText.\n", "", true).sections().get(0);
        assertEquals("ελληνικά", greek.pinnedId().orElseThrow(), "a letter of any script, as made ids are");
        assertEquals("Ελληνικά νέα", greek.title());
    }

    @Test
    void theDatelineGoesInTheLiveBlogsIntroduction() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro.\n\n## Update\n\nText.\n", "ASTANA", true);
        assertTrue(r.html().value().contains("class=\"dateline\""));
        assertFalse(r.sections().get(0).body().value().contains("dateline"));
    }

    @Test
    void footnotesInALiveBlogHaveTargets() {
        MarkdownRenderer.RenderedMarkdown r = renderer.render("Intro[^1].\n\n## Update\n\nText.\n\n[^1]: ITV News.\n", "", true);
        StringBuilder page = new StringBuilder(r.html().value());
        r.sections().forEach(s -> page.append(s.body().value()));
        Document doc = Jsoup.parseBodyFragment(page.toString());
        Element ref = doc.selectFirst("a.footnote-ref");
        assertNotNull(ref);
        assertNotNull(doc.getElementById(ref.attr("href").substring(1)), page.toString());
    }

    @Test
    void nestingUpToTheLimitRendersAndDeeperIsRefusedAtItsFirstTooDeepLine() {
        String atLimit = ">".repeat(Nesting.MAX_LEVELS) + " deep\n";
        assertEquals(Nesting.MAX_LEVELS, html(atLimit).select("blockquote").size());
        MarkdownRenderer.Unrenderable refused = assertThrows(MarkdownRenderer.Unrenderable.class,
                () -> renderer.render("Fine.\n\n" + ">".repeat(Nesting.MAX_LEVELS + 1) + " deep\n", "", false));
        assertEquals(2, refused.line());
    }

    @Test
    void listsNestUpToTheLimitAsQuotesDo() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < Nesting.MAX_LEVELS; i++) {
            lists.append("  ".repeat(i)).append(i % 2 == 0 ? "- item\n" : "1. item\n");
        }
        assertEquals(Nesting.MAX_LEVELS, html(lists.toString()).select("ul, ol").size());
        String deeper = lists + "  ".repeat(Nesting.MAX_LEVELS) + "- one too deep\n";
        MarkdownRenderer.Unrenderable refused = assertThrows(MarkdownRenderer.Unrenderable.class,
                () -> renderer.render(deeper, "", false));
        assertEquals(Nesting.MAX_LEVELS, refused.line(), "the outermost list is not indented: 101 lists passed as 100");
    }

    @Test
    void deeplyIndentedCodeInAFenceIsNotNesting() {
        String code = "```\n" + " ".repeat(1000) + "indented code\n```\n";
        assertTrue(html(code).selectFirst("pre code").text().contains("indented code"));
    }

    @Test
    void aBodyThatRunsAThreadOutOfStackIsRenderedOnALargerOne() throws InterruptedException {
        // Below the limit, but on a thread with a small stack: the parser's recursion runs out of it.
        String quotes = "Fine.\n\n" + ">".repeat(Nesting.MAX_LEVELS) + " deep\n";
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(renderer.render(quotes, "", false));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 64 * 1024);
        small.start();
        small.join();
        MarkdownRenderer.RenderedMarkdown rendered = assertInstanceOf(MarkdownRenderer.RenderedMarkdown.class, outcome.get());
        assertEquals(Nesting.MAX_LEVELS, Jsoup.parseBodyFragment(rendered.html().value()).select("blockquote").size());
    }

    @Test
    void longTitlesAndDeepEmphasisRender() {
        String title = "t ".repeat(5_000);
        Document links = html("[a](https://e.org/u \"" + title + "\") and [b](https://e.org/v (" + title + "))\n");
        assertEquals(title.trim(), links.selectFirst("a[href='https://e.org/u']").attr("title").trim());
        assertEquals(title.trim(), links.selectFirst("a[href='https://e.org/v']").attr("title").trim());
        String strong = "**".repeat(20_000) + "x" + "**".repeat(20_000) + "\n";
        assertEquals(20_000, html(strong).select("strong").size());
    }

    @Test
    void aBodyTooDeepForTheLargerStackIsReportedNotThrown() {
        MarkdownRenderer smallDeepStack = new MarkdownRenderer(BodyLabels.ENGLISH, 256 * 1024);
        String strong = "Fine.\n\n" + "**".repeat(50_000) + "x" + "**".repeat(50_000) + "\n";
        MarkdownRenderer.Unrenderable nested = assertThrows(MarkdownRenderer.Unrenderable.class,
                () -> smallDeepStack.render(strong, "", false));
        assertEquals(2, nested.line(), "the line with the most markup");
        assertTrue(nested.hint().contains("emphasis, links or quotes"), nested.hint());
    }
}
