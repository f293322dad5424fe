package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live update's time line in the forms newsrooms write it reads the same as a bare
 * {@code 14:05 BST}: the first must not become the blog's summary, nor a later one a paragraph of
 * the update before it.
 */
class LiveBlogTimesTest {
    /** Three updates, each led by a time line (TIME is replaced by the form under test) and its headline. */
    private static final String BLOG = """
            Minister's Astana visit: as it happened

            Follow our coverage of Trade Minister Harriet Quell's two-day visit to Astana.

            {14:05}
            Agreement signed at Akorda palace
            Ms Quell and her Kazakh counterpart signed the memorandum shortly after 2pm, officials said.

            {12:40}
            Talks run over time
            The morning session overran by more than an hour.

            {10:32}
            Minister lands in Astana
            Ms Quell's plane landed on time.
            """;

    @Test
    void updateLabelsReadAsTheBareTime() {
        assertSameAs(t -> t + " BST", t -> "UPDATE " + t + " BST");
        assertSameAs(t -> t, t -> "Update at " + t);
        assertSameAs(t -> t + " BST", t -> "Updated " + t + " BST");
    }

    @Test
    void theWiresFourDigitTimesReadAsTheBareTime() {
        assertSameAs(t -> t + " GMT", t -> t.replace(":", "") + " GMT");
        ImportedCopy copy = read(t -> t.replace(":", "") + " GMT");
        assertEquals(List.of("14:05+00:00", "12:40+00:00", "10:32+00:00"), copy.report().times());
        assertTrue(copy.markdownBody().contains("## Agreement signed at Akorda palace\n\n*14:05+00:00*\n\nMs Quell"),
                copy.markdownBody());
        assertFalse(copy.markdownBody().contains("GMT"));
    }

    @Test
    void aLabelledTimeBeforeTheFirstUpdateIsNotTheSummary() {
        ImportedCopy copy = read(t -> "UPDATE " + t + " BST");
        assertTrue(copy.live());
        assertEquals(Optional.of("Follow our coverage of Trade Minister Harriet Quell's two-day visit to Astana."),
                copy.summary());
        assertEquals(List.of("14:05+01:00", "12:40+01:00", "10:32+01:00"), copy.report().times());
        assertFalse(copy.markdownBody().contains("UPDATE"), copy.markdownBody());
    }

    /** A year or a count of four digits in the text is no time, even in a live blog. */
    @Test
    void fourDigitNumbersInTheTextStayText() {
        String copy = BLOG.replace("{14:05}", "14:05 BST").replace("{12:40}", "12:40 BST").replace("{10:32}", "10:32 BST")
                .replace("The morning session overran by more than an hour.",
                        "The morning session overran by more than an hour.\n\n1405 people signed the petition.\n\n1405");
        ImportedCopy read = new RawCopyReader(Furniture.defaults()).read("raw/blog.txt", copy);
        assertEquals(List.of("14:05+01:00", "12:40+01:00", "10:32+01:00"), read.report().times());
        assertTrue(read.markdownBody().contains("\n\n1405 people signed the petition.\n\n1405\n\n"), read.markdownBody());
    }

    private static void assertSameAs(UnaryOperator<String> bare, UnaryOperator<String> form) {
        ImportedCopy expected = read(bare);
        ImportedCopy actual = read(form);
        assertEquals(expected.markdownBody(), actual.markdownBody(), form.apply("14:05"));
        assertEquals(expected.summary(), actual.summary(), form.apply("14:05"));
        assertEquals(expected.report().updateHeadlines(), actual.report().updateHeadlines());
        assertEquals(expected.report().times(), actual.report().times());
        assertEquals(3, actual.report().times().size(), form.apply("14:05"));
    }

    private static ImportedCopy read(UnaryOperator<String> form) {
        String copy = BLOG;
        for (String time : List.of("14:05", "12:40", "10:32")) {
            copy = copy.replace("{" + time + "}", form.apply(time));
        }
        return new RawCopyReader(Furniture.defaults()).read("raw/blog.txt", copy);
    }
}
