package gazette.diag;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NearestNameTest {
    private static final List<String> KEYS = List.of("title", "date", "updated", "slug", "summary", "source", "source_url",
            "topics", "tags", "people", "places", "type", "events", "draft", "author", "dateline");

    @Test
    void aSlipOfTheKeyboardGetsTheNameItWasMeantToBe() {
        assertEquals(Optional.of("topics"), NearestName.of("topic", KEYS));
        assertEquals(Optional.of("title"), NearestName.of("titel", KEYS));
        assertEquals(Optional.of("source_url"), NearestName.of("sourceurl", KEYS));
        assertEquals(Optional.of("baseUrl"), NearestName.of("base_url", List.of("baseUrl", "cname", "title")));
        assertEquals(Optional.of("people"), NearestName.of("Peple", KEYS));
        assertEquals(Optional.of("title"), NearestName.of("Title", KEYS), "a name in other case is the nearest of all");
        assertEquals(Optional.of("nav.timeline"), NearestName.of("NAV.TIMELINE", List.of("nav.timeline", "nav.topics")));
        assertEquals(Optional.of("baseUrl"), NearestName.of("baseurl", List.of("baseUrl", "base")));
    }

    @Test
    void anotherWordGetsNothing() {
        assertEquals(Optional.empty(), NearestName.of("datum", KEYS));
        assertEquals(Optional.empty(), NearestName.of("category", KEYS));
        assertEquals(Optional.empty(), NearestName.of("x", List.of("id")), "one letter is no slip of 'id'");
        assertEquals("", NearestName.hint("category", KEYS));
        assertEquals("did you mean 'topics'? ", NearestName.hint("topic", KEYS));
    }
}
