package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dash line under a paragraph makes a block quote only when that paragraph is itself a quotation:
 * set as a quote, the reporter's "he said" would read as the speaker's words.
 */
class QuoteAttributionTest {
    private static final String WIRE = """
            Nazarbayev meets Major

            LONDON -- The two leaders met for an hour on Monday.

            %s
            – Nursultan Nazarbayev

            The talks continue on Tuesday.
            """;

    @ParameterizedTest
    @ValueSource(strings = {
            "\"We discussed trade,\" he said.",
            "“We discussed trade,” he said.",
            "«Мы обсудили торговлю», — сказал он.",
            "\"We discussed trade.\" Officials later confirmed it. \"It went well.\"",
            "He said the talks went well.",
            "\"We discussed trade and more",   // never closed: not a whole quotation
    })
    void aParagraphThatIsNotWhollyAQuotationStaysAsWritten(String paragraph) {
        ImportedCopy copy = read(paragraph);
        assertEquals(0, copy.report().quotes(), copy.markdownBody());
        assertFalse(copy.markdownBody().contains(">"), copy.markdownBody());
        assertTrue(copy.markdownBody().contains(MarkdownText.paragraph(paragraph) + "\n\n– Nursultan Nazarbayev\n\n"),
                copy.markdownBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"We discussed trade.\"",
            "\"We discussed trade\".",
            "“We discussed trade.”",
            "“We discussed trade”.",
            "«Мы обсудили торговлю».",
            "„Wir haben über Handel gesprochen.“",
            "\"We discussed trade.\" \"We agreed on oil.\" \"It went well.\"",
            "“We discussed trade, and the 'middle ages' talk is over.”",
    })
    void aParagraphThatIsAQuotationBecomesAnAttributedQuote(String paragraph) {
        ImportedCopy copy = read(paragraph);
        assertEquals(1, copy.report().quotes(), copy.markdownBody());
        assertTrue(copy.markdownBody().contains("> " + MarkdownText.paragraph(paragraph) + "\n>\n> – Nursultan Nazarbayev\n"),
                copy.markdownBody());
    }

    /** The earlier paragraphs of a long quotation open with a quotation mark and stay open; the last one closes. */
    @Test
    void aQuotationOfSeveralParagraphsIsOneQuote() {
        ImportedCopy copy = read("\"We discussed trade. We talked of oil.\n\n\"And we agreed.\"");
        assertEquals(1, copy.report().quotes());
        assertTrue(copy.markdownBody().contains("> \"We discussed trade. We talked of oil.\n>\n> \"And we agreed.\"\n>\n> – Nursultan"),
                copy.markdownBody());
    }

    @Test
    void onlyAWholeQuotationIsOne() {
        assertTrue(CopyPatterns.isQuotation("  “One.” “Two.”  "));
        assertFalse(CopyPatterns.isQuotation("“One,” she said."));
        assertFalse(CopyPatterns.isQuotation("“One.” (Reuters)"));
        assertFalse(CopyPatterns.isQuotation("One."));
        assertFalse(CopyPatterns.isQuotation("“"));
    }

    private static ImportedCopy read(String paragraph) {
        return new RawCopyReader(Furniture.defaults()).read("raw/wire.txt", WIRE.formatted(paragraph));
    }
}
