package gazette.render;

import gazette.content.Html;
import gazette.source.Fingerprint;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A page is rendered again exactly when what its template sees changed. */
class ModelFingerprintTest {
    private static final Fingerprint.Value TEMPLATE = Fingerprint.of(new byte[] {1, 2, 3});

    private static Fingerprint.Value of(Object body) {
        return ModelFingerprint.of(TEMPLATE, Map.of("title", "Cameron in Astana", "body", body), ModelFingerprint.Memo.NONE);
    }

    @Test
    void markupGivesTheSameFingerprintHeldAsAStringOrAsUtf8() {
        Html markup = new Html("<p>Cameron’s “historic” visit</p>");
        assertEquals(of(markup), of(markup.compact()));
    }

    @Test
    void changedMarkupOrTheSameTextAsPlainStringChangesTheFingerprint() {
        assertNotEquals(of(new Html("<p>Cameron’s visit</p>")), of(new Html("<p>Cameron’s visits</p>").compact()));
        assertNotEquals(of(new Html("<p>x</p>")), of("<p>x</p>"), "markup is printed as it is, a string escaped");
    }
}
