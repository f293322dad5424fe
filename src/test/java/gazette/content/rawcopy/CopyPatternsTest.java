package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyPatternsTest {

    @Test
    void datelinesInTheWireStyles() {
        assertDateline("LONDON", "Kazakhstan President", "LONDON -- Kazakhstan President");
        assertDateline("LONDON", "Text.", "LONDON — Text.");
        assertDateline("ALMATY, Kazakhstan", "Text.", "ALMATY, Kazakhstan — Text.");
        assertDateline("LONDON (Reuters)", "Text.", "LONDON (Reuters) - Text.");
        assertDateline("WASHINGTON, July 1 (Reuters)", "Text.", "WASHINGTON, July 1 (Reuters) - Text.");
        assertDateline("NUR-SULTAN", "Text.", "NUR-SULTAN - Text.");
        assertDateline("NEW YORK (AP)", "Text.", "NEW YORK (AP) — Text.");
        assertDateline("LONDON/ASTANA (Reuters)", "Text.", "LONDON/ASTANA (Reuters) - Text.");
        assertDateline("WASHINGTON (AP)", "Text.", "WASHINGTON (AP) _ Text.");
        assertTrue(CopyPatterns.dateline("Kazakhstan's leader - today").isEmpty());
        assertTrue(CopyPatterns.dateline("FILE_NAME_2013 was lost.").isEmpty());
        assertTrue(CopyPatterns.dateline("A-level results rose - again").isEmpty());
    }

    @Test
    void theAgencyInADatelinesBrackets() {
        assertEquals(Optional.of("Reuters"), CopyPatterns.agency("BRIGHTON, England (Reuters)"));
        assertEquals(Optional.of("Reuters"), CopyPatterns.agency("WASHINGTON, July 1 (Reuters)"));
        assertEquals(Optional.of("AP"), CopyPatterns.agency("NEW YORK (AP)"));
        assertEquals(Optional.of("Interfax"), CopyPatterns.agency("MOSCOW (Interfax)"));
        assertEquals(Optional.of("dpa"), CopyPatterns.agency("BERLIN (dpa)"));
        assertEquals(Optional.empty(), CopyPatterns.agency("ALMATY, Kazakhstan"));
        assertEquals(Optional.empty(), CopyPatterns.agency("LONDON"));
        // Not any word in brackets: "Kosovo" became the article's source, author and publisher.
        assertEquals(Optional.empty(), CopyPatterns.agency("PRISTINA (Kosovo)"));
        assertEquals(Optional.empty(), CopyPatterns.agency("ASTANA (updated)"));
    }

    @Test
    void bylines() {
        assertEquals(Optional.of("Jane Doe"), CopyPatterns.byline("By Jane Doe"));
        assertEquals(Optional.of("Jane Doe, Political Correspondent"),
                CopyPatterns.byline("By Jane Doe, Political Correspondent"));
        assertEquals(Optional.of("Jane Doe and John Roe"), CopyPatterns.byline("By Jane Doe and John Roe"));
        assertEquals(Optional.of("JANE DOE"), CopyPatterns.byline("BY JANE DOE"));
        assertTrue(CopyPatterns.byline("By Tuesday, talks had collapsed").isEmpty());
        assertTrue(CopyPatterns.byline("By contrast, exports fell.").isEmpty());
    }

    @Test
    void aBylineMayHoldANicknameInQuotes() {
        assertEquals(Optional.of("Jane \"JD\" Doe"), CopyPatterns.byline("By Jane \"JD\" Doe"));
        assertEquals(Optional.of("Jane “JD” Doe, Almaty correspondent"), CopyPatterns.byline("By Jane “JD” Doe, Almaty correspondent"));
        assertTrue(CopyPatterns.byline("By \"popular demand\", the talks went on").isEmpty(), "a name starts with a capital");
    }

    /** A wire byline names the agency after a separator: the author is the reporter alone. */
    @Test
    void aBylineWithItsAgencyAfterASeparator() {
        assertEquals(Optional.of("Jane Doe"), CopyPatterns.byline("By Jane Doe | Reuters"));
        assertEquals(Optional.of("Jane Doe"), CopyPatterns.byline("By Jane Doe / AFP"));
        assertEquals(Optional.of("Jane Doe and John Roe"), CopyPatterns.byline("By Jane Doe and John Roe | Reuters"));
        assertEquals(Optional.of("Jane Doe, Central Asia correspondent"),
                CopyPatterns.byline("By Jane Doe, Central Asia correspondent | Reuters"));
        assertEquals(Optional.of("Jane Doe"), CopyPatterns.byline("By Jane Doe — The Associated Press"));
    }

    /** "By" before a way of travelling, or before a clause, is no byline. */
    @Test
    void byWithATransportOrAClauseIsNoByline() {
        for (String prose : List.of("By Air Astana", "By air, the journey takes three hours",
                "By Air, the journey takes three hours", "By Road", "By Rail and Sea", "By Train, it is a day away",
                "By Car", "By Bus or Plane", "By Land, Sea and Air", "by sea",
                "By Jane Doe, the journey takes three hours",
                "By Kazakhstan Temir Zholy Freight Rail Services")) {
            assertTrue(CopyPatterns.byline(prose).isEmpty(), prose);
        }
        assertEquals(Optional.of("Jane Doe, Central Asia correspondent"),
                CopyPatterns.byline("By Jane Doe, Central Asia correspondent"));
        assertEquals(Optional.of("Jane Doe, our Almaty correspondent"),
                CopyPatterns.byline("By Jane Doe, our Almaty correspondent"));
        assertEquals(Optional.of("Maria de la Cruz"), CopyPatterns.byline("By Maria de la Cruz"));
        assertEquals(Optional.of("Reuters"), CopyPatterns.byline("By Reuters"));
    }

    @Test
    void captions() {
        var photo = CopyPatterns.caption("David Cameron also visited an oil plant Credit: REUTERS/Leon Neal/").orElseThrow();
        assertFalse(photo.video());
        assertEquals("David Cameron also visited an oil plant", photo.text());
        assertEquals(Optional.of("REUTERS/Leon Neal"), photo.credit());
        assertTrue(CopyPatterns.caption("Nursultan Nazarbayev confronts ITV News correspondent Romilly Weeks")
                .orElseThrow().video());
        assertTrue(CopyPatterns.caption("Picture: The minister arrives").isPresent());
        assertTrue(CopyPatterns.caption("Kazakh leader defends human rights record").isEmpty());
        assertTrue(CopyPatterns.caption("Romilly Weeks told President Nursultan Nazarbayev she had spoken to Kazakhs.")
                .isEmpty());
    }

    /** "Credit:" in a sentence is prose: only a short name after a caption is a credit. */
    @Test
    void creditInProseIsNoCaption() {
        for (String prose : List.of("The talks were described as \"productive\". Credit: the ministry said.",
                "Credit: This line is about credit markets and how lenders priced the deal for the port.",
                "Analysts gave the bank little credit: Moody's cut its rating.",
                "The minister arrives. Credit: Reuters. Talks began an hour later.",
                "Officials met on Monday. Credit: The Ministry said",
                "Lenders said the terms were generous, Credit: Steppe Bank")) {
            assertTrue(CopyPatterns.caption(prose).isEmpty(), prose);
        }
    }

    @Test
    void creditsThatLookLikeCredits() {
        assertCaption("The minister arrives.", "Reuters", "The minister arrives. Credit: Reuters");
        assertCaption("", "AFP via Getty Images", "Credit: AFP via Getty Images");
        assertCaption("Boris Johnson at the summit", "J. Smith/AP", "Boris Johnson at the summit Photograph: J. Smith/AP");
        assertCaption("Workers at the plant", "© Steppe Photo Agency", "Workers at the plant Credit: © Steppe Photo Agency");
    }

    /** A caption's own label is replaced by "Photo:", not kept inside it. */
    @Test
    void aCaptionLabelIsReplaced() {
        assertCaption("The minister arrives at Akorda", "Reuters", "Caption: The minister arrives at Akorda Credit: Reuters");
        assertCaption("The minister arrives", "Reuters", "Picture: The minister arrives Credit: Reuters");
        assertCaption("The minister arrives", "Reuters", "Image: The minister arrives Credit: Reuters");
        assertCaption("Министр прибыл в Астану", "Reuters", "Фото: Министр прибыл в Астану Credit: Reuters");
        assertCaption("The minister arrives", "", "Caption: The minister arrives");
    }

    @Test
    void attributions() {
        assertEquals(Optional.of("David Cameron"), CopyPatterns.attribution("– David Cameron"));
        assertEquals(Optional.of("Name Surname"), CopyPatterns.attribution("— Name Surname"));
        assertEquals(Optional.of("Name"), CopyPatterns.attribution("- Name"));
        assertTrue(CopyPatterns.attribution("- The first phase covers 40 hectares.").isEmpty());
    }

    private static void assertCaption(String text, String credit, String paragraph) {
        CopyPatterns.Caption c = CopyPatterns.caption(paragraph).orElseThrow(() -> new AssertionError(paragraph));
        assertFalse(c.video(), paragraph);
        assertEquals(text, c.text(), paragraph);
        assertEquals(credit.isEmpty() ? Optional.empty() : Optional.of(credit), c.credit(), paragraph);
    }

    private static void assertDateline(String place, String restStart, String paragraph) {
        CopyPatterns.Dateline d = CopyPatterns.dateline(paragraph).orElseThrow(() -> new AssertionError(paragraph));
        assertEquals(place, d.place(), paragraph);
        assertTrue(d.rest().startsWith(restStart), d.rest());
    }
}
