package gazette.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinkTest {
    @Test
    void charactersALinkMayNotHoldAsTheyAreAreEncoded() {
        assertEquals(Optional.of("https://example.org/?b='q'&c=%3Cx%3E"), SourceLink.http("https://example.org/?b='q'&c=<x>"));
        assertEquals(Optional.of("https://example.org/a%20b?q=%7B1%7D%7C2#top%23more"), SourceLink.http(" https://example.org/a b?q={1}|2#top#more "));
        assertEquals(Optional.of("https://example.org/100%25?x=%41"), SourceLink.http("https://example.org/100%?x=%41"));
        assertEquals(Optional.of("http://[::1]/a%5B1%5D"), SourceLink.http("http://[::1]/a[1]"));
        assertEquals(Optional.of("https://example.org/%C2%A0Алматы"), SourceLink.http("https://example.org/\u00A0Алматы"));
        assertEquals(Optional.of("https://www.itv.com/news/cameron"), SourceLink.http("https://www.itv.com/news/cameron"));
    }

    @Test
    void whatIsNoHttpLinkIsRefusedNamingWhatIsWrong() {
        assertEquals(Optional.empty(), SourceLink.http("javascript:alert(1)"));
        assertEquals(Optional.empty(), SourceLink.http("www.itv.com/news"));
        assertEquals("", SourceLink.why("javascript:alert(1)"));
        assertEquals(Optional.empty(), SourceLink.http("https://exa mple.org/"));
        assertEquals(": its host name cannot hold ' ' (a space)", SourceLink.why("https://exa mple.org/"));
        assertEquals(Optional.empty(), SourceLink.http("https://exa<mple.org/"));
        assertEquals(": its host name cannot hold '<'", SourceLink.why("https://exa<mple.org/"));
        assertEquals(": it names no host", SourceLink.why("https:///path"));
    }
}
