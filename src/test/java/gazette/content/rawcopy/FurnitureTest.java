package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurnitureTest {
    private final Furniture furniture = Furniture.defaults();

    @Test
    void theCommonKindsAreFurniture() {
        for (String line : List.of("Back to top", "Live updates", "  Live updates  ",
                "Get the latest updates as we post them — right on your browser", ". Last Updated: 07/27/2016",
                "Last updated: 14:05 BST", "Share this article", "Share", "Tweet | Email | Print",
                "Sign up to our newsletter", "Subscribe to the morning briefing newsletter", "Follow us on Twitter",
                "Follow ITV News on Facebook", "Latest ITV News reports", "Latest news", "Advertisement",
                "Read more: Cameron in Kazakhstan", "Related stories", "Most read", "Copyright 2013 Reuters",
                "© 2024 Steppe Wire. All rights reserved.", "Skip to main content",
                "Copyright 2013 The Associated Press. All rights reserved. This material may not be published,"
                        + " broadcast, rewritten or redistributed.",
                "This material may not be published, broadcast, rewritten or redistributed.")) {
            assertTrue(furniture.matches(line), line);
        }
    }

    @Test
    void sentencesThatMentionTheSameWordsAreNot() {
        for (String line : List.of("Cameron first PM in Kazakhstan",
                "Kazakhstan's leader today delivered a withering response to a question about human rights.",
                "The latest figures show that exports rose by a third last year, the ministry said.",
                "Shares in the consortium rose 4.2 percent.", "Follow our coverage of the minister's visit to Astana.",
                "Related parties must declare their interests, the law says.", "Live talks resumed on Monday.",
                "Updated figures are due next week.", "Kazakh president: I would vote for Cameron", "")) {
            assertFalse(furniture.matches(line), line);
        }
    }

    @Test
    void menuBarsBreadcrumbsAndAccessibilityLinksAreFurniture() {
        for (String line : List.of("Home | News | Weather | Sport", "| Home | News | Sport |", "Home > News > UK",
                "Home › World › Europe", "News » Politics » Scotland", "World · Europe · Politics",
                "UK • World • Business • Money & Markets", "Home / Sport / Cricket", "News | U.K. | World | Cost of living",
                "About us | Contact us | Privacy policy | Terms", "Skip to content", "Skip to navigation",
                "Jump to the main menu", "Skip navigation", "Accessibility links", "Accessibility help")) {
            assertTrue(furniture.matches(line), line);
        }
    }

    @Test
    void headlinesAndLinesWithASeparatorOrTwoAreNotMenus() {
        for (String line : List.of("Kazakhstan | UK trade talks resume", "Analysis · Why the talks stalled",
                "Home > Away as Astana wins the cup", "Cameron in Astana | Day two | Trade deals worth £700m are signed",
                "Water | Drought | What it means for you?", "By Jane Doe | Reuters | 12 March",
                "Labour | 412 | 209", "LONDON/ASTANA (Reuters) - Talks resumed.", "Grain, oil | Gas | Metals",
                "Topics: Water | Drought | Climate")) {
            assertFalse(furniture.matches(line), line);
        }
    }

    @Test
    void theSitesOwnPatternsMatchWholeLinesIgnoringCase() {
        Furniture site = new Furniture(List.of("pictures of the week", "From our .* desk"));
        assertTrue(site.matches("Pictures of the Week"));
        assertTrue(site.matches("From our Almaty desk"));
        assertFalse(site.matches("Pictures of the week show floods in Aktau."));
        assertTrue(site.matches("Back to top"), "the defaults still apply");
    }

    @Test
    void aBadPatternIsExplainedNotThrownAtTheUser() {
        assertNull(Furniture.validate("Share on .*"));
        String message = Furniture.validate("Share (on");
        assertTrue(message.startsWith("furniture pattern 'Share (on' is not a valid regular expression: Unclosed group"),
                message);
        assertEquals("furniture pattern is empty", Furniture.validate(" "));
        assertThrows(IllegalArgumentException.class, () -> new Furniture(List.of("[a-")));
    }

    @Test
    void theLiveMarkerIsRecognised() {
        assertTrue(furniture.isLiveMarker("Live updates"));
        assertTrue(furniture.isLiveMarker("LIVE"));
        assertFalse(furniture.isLiveMarker("Back to top"));
    }
}
