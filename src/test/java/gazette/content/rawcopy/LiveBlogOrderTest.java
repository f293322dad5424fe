package gazette.content.rawcopy;

import gazette.diag.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live-blog copy in oldest-first order is set newest first, as Gazette's live blogs run, and bare
 * update times take the zone the rest of the copy names when it names only one; both are reported.
 */
class LiveBlogOrderTest {
    private static final String OLDEST_FIRST = """
            Cameron in Astana

            Live updates

            10:32am
            Cameron lands in Astana
            The Prime Minister's plane landed this morning.

            14:05 BST
            Deals signed
            Deals worth £700m were signed at the Akorda palace.
            """;

    @Test
    void oldestFirstCopyIsSetNewestFirstInTheZoneItNames() {
        ImportedCopy copy = read(OLDEST_FIRST);
        assertEquals(List.of("Deals signed", "Cameron lands in Astana"), copy.report().updateHeadlines());
        assertEquals(List.of("14:05+01:00", "10:32+01:00"), copy.report().times());
        assertEquals("""
                ## Deals signed

                *14:05+01:00*

                Deals worth £700m were signed at the Akorda palace.

                ## Cameron lands in Astana

                *10:32+01:00*

                The Prime Minister's plane landed this morning.
                """, copy.markdownBody());
        assertEquals(List.of("update times without a zone (10:32am) read in BST (+01:00), as the copy's other times",
                "the updates ran oldest first (10:32+01:00 to 14:05+01:00): set newest first, as a live blog runs"),
                copy.report().notes());
        assertTrue(copy.report().lines().contains(copy.report().notes().get(1)), copy.report().lines().toString());
        assertEquals(List.of(), copy.report().warnings());
    }

    @Test
    void theIntroductionStaysOnTop() {
        ImportedCopy copy = read(OLDEST_FIRST.replace("Live updates\n", """
                Follow the Prime Minister's visit to Kazakhstan as it happens here today.

                Live updates
                """));
        assertTrue(copy.markdownBody().startsWith("Follow the Prime Minister's visit to Kazakhstan as it happens here today.\n\n## Deals signed"),
                copy.markdownBody());
    }

    @Test
    void newestFirstCopyKeepsItsOrderAcrossMidnightToo() {
        assertEquals(List.of(), read(blog("14:05", "10:32")).report().notes());
        assertEquals(List.of("A", "B"), headlines(read(blog("14:05", "10:32"))));
        assertEquals(List.of("A", "B"), headlines(read(blog("00:15", "23:40"))), "newest first over midnight");
        assertEquals(List.of("B", "A"), headlines(read(blog("23:40", "00:15"))), "oldest first over midnight");
        assertEquals(List.of("A", "B", "C"), headlines(read(blog("10:00", "12:00", "11:00"))), "no order to tell: as written");
        assertEquals(List.of("A", "B", "C"), headlines(read(blog("10:00", "10:00", "10:00"))));
    }

    @Test
    void zonesAreComparedAsInstantsToTellTheOrder() {
        // 10:00 GMT is 11:00 BST: after 10:30 BST, so the copy runs oldest first.
        assertEquals(List.of("B", "A"), headlines(read(blog("10:30 BST", "10:00 GMT"))));
    }

    @Test
    void zonesOfOneOffsetAreOneZone() {
        ImportedCopy copy = read(blog("14:05 GMT", "12:00", "11:00 UTC"));
        assertEquals(List.of("14:05+00:00", "12:00+00:00", "11:00+00:00"), copy.report().times());
        assertEquals(List.of("update times without a zone (12:00) read in GMT, UTC (+00:00), as the copy's other times"),
                copy.report().notes());
    }

    @Test
    void bareTimesInCopyOfSeveralZonesAreLeftWithAWarning() {
        ImportedCopy copy = read(blog("14:05 BST", "13:00", "12:00 CET"));
        assertEquals(List.of("14:05+01:00", "13:00+01:00", "12:00+01:00"), copy.report().times(), "two names of one offset");
        ImportedCopy several = read(blog("14:05 BST", "13:00", "11:00 GMT"));
        assertEquals(List.of("14:05+01:00", "13:00", "11:00+00:00"), several.report().times());
        List<Problem> warnings = several.report().warnings();
        assertEquals(1, warnings.size());
        assertEquals("raw/blog.txt:10:1: warning: the update times name more than one zone (BST, GMT), so those without one"
                + " (13:00) are left in the site's zone: add the zone each was written in", warnings.get(0).toString());
    }

    @Test
    void allBareTimesAreLeftAsTheyAre() {
        ImportedCopy copy = read(blog("14:05", "10:32"));
        assertEquals(List.of("14:05", "10:32"), copy.report().times());
        assertEquals(List.of(), copy.report().warnings());
    }

    /** A live blog of updates A, B, C... in copy order, each under the given time. */
    private static String blog(String... times) {
        StringBuilder out = new StringBuilder("Talks in Astana\n\nLive updates\n");
        for (int i = 0; i < times.length; i++) {
            char name = (char) ('A' + i);
            out.append('\n').append(times[i]).append('\n').append(name).append(" happens today\n")
                    .append("Text of update ").append(name).append(".\n");
        }
        return out.toString();
    }

    private static List<String> headlines(ImportedCopy copy) {
        return copy.report().updateHeadlines().stream().map(h -> h.substring(0, 1)).toList();
    }

    private static ImportedCopy read(String text) {
        return new RawCopyReader(Furniture.defaults()).read("raw/blog.txt", text);
    }
}
