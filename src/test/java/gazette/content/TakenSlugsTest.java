package gazette.content;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TakenSlugsTest {
    @Test
    void theNextFreeNumberIsTaken() {
        TakenSlugs taken = new TakenSlugs(Map.of("talks", "seeds/a.md", "talks-2", "seeds/b.md"));
        TakenSlugs.Choice choice = taken.free("talks", s -> Optional.empty());
        assertEquals("talks-3", choice.slug());
        assertEquals(" (slug 'talks-3': 'talks' is taken by seeds/a.md)", choice.note());
        assertEquals("", taken.free("deal", s -> Optional.empty()).note());
        assertEquals("talks", taken.except("seeds/a.md").free("talks", s -> Optional.empty()).slug());
    }

    /** A slug of the longest length stays within it when numbered, and still a slug. */
    @Test
    void aNumberedLongSlugIsCutToFit() {
        String longest = "a".repeat(61) + "-" + "б".repeat(19);
        assertEquals(Slug.MAX_BYTES, Slug.utf8Length(longest));
        String numbered = TakenSlugs.numbered(longest, 12);
        assertTrue(Slug.isValid(numbered) && Slug.utf8Length(numbered) <= Slug.MAX_BYTES, numbered);
        assertTrue(numbered.endsWith("-12"), numbered);
        assertEquals("a".repeat(61) + "-" + "б".repeat(17) + "-12", numbered);
        assertEquals("a".repeat(97) + "-2", TakenSlugs.numbered("a".repeat(97) + "-b", 2));
    }
}
