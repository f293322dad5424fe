package gazette.content.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongBlocksTest {
    private static final int OVER = LongBlocks.MAX_LINES + 1;

    private static String lines(String line, int count) {
        return line.repeat(count);
    }

    @Test
    void aQuotedParagraphOverTheLimitIsFoundAtItsFirstLine() {
        assertEquals(2, LongBlocks.firstTooLong("Intro.\n\n" + lines("> quoted words\n", OVER)));
        assertEquals(-1, LongBlocks.firstTooLong("Intro.\n\n" + lines("> quoted words\n", LongBlocks.MAX_LINES)));
    }

    @Test
    void indentedParagraphLinesAndAListItemsLazyLinesCount() {
        assertEquals(0, LongBlocks.firstTooLong(lines("  indented words\n", OVER)));
        assertEquals(0, LongBlocks.firstTooLong("- item\n" + lines("  more of the item\n", OVER)));
    }

    @Test
    void fencedCodeInsideAQuoteCountsItsBlankLinesToo() {
        assertEquals(1, LongBlocks.firstTooLong("Intro.\n> ```\n" + lines("> code\n>\n", OVER / 2 + 1) + "> ```\n"));
    }

    @Test
    void blocksThatFlexmarkReadsAsOnePieceOrAsManyBlocksAreLeftAlone() {
        // Quoted paragraphs with blank quote lines between them are many small blocks.
        assertEquals(-1, LongBlocks.firstTooLong(lines("> words\n>\n", OVER)));
        // So is a long list, nested or quoted.
        assertEquals(-1, LongBlocks.firstTooLong(lines("  - item\n", OVER) + lines("> 1. item\n", OVER)));
        // Lines at the margin, fenced code at the margin (indented lines and all) and indented code are one piece.
        assertEquals(-1, LongBlocks.firstTooLong(lines("words\n", OVER) + "\n| a |\n|---|\n" + lines("| b |\n", OVER)));
        assertEquals(-1, LongBlocks.firstTooLong("```\n" + lines("    code\n", OVER) + "```\n"));
        assertEquals(-1, LongBlocks.firstTooLong("Intro.\n\n" + lines("    code\n", OVER)));
        assertEquals(-1, LongBlocks.firstTooLong("### Code\n" + lines("    code\n", OVER)), "indented code right after a heading");
    }

    @Test
    void aClosedQuotedFenceDoesNotLendItsLinesToTheNextBlock() {
        String fence = "> ```\n" + lines("> code\n", LongBlocks.MAX_LINES - 2) + "> ```\n";
        assertEquals(-1, LongBlocks.firstTooLong(fence + lines("> words\n", LongBlocks.MAX_LINES)));
    }
}
