package gazette.render;

import gazette.content.Article;
import gazette.content.Html;
import gazette.content.LiveUpdate;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The first picture on an article's page, as social cards and search engines take it: Open Graph's
 * {@code og:image} and the JSON-LD {@code image}, at an absolute http(s) address. Pages with a photo
 * shared none, so links to them showed no picture, and Google's article results want one.
 *
 * <p>Found in the body HTML Gazette wrote itself ({@code <img src="…" alt="…">}, its attributes
 * escaped as HTML is), the article's own text first, then its updates in
 * page order: a scan for the first tag, not a parse of the page.
 *
 * @param url the picture's absolute address
 * @param alt its text alternative, empty when it has none
 */
record LeadImage(String url, String alt) {
    static Optional<LeadImage> of(Article article, String pageUrl) {
        Optional<LeadImage> found = in(article.body(), pageUrl);
        for (int i = 0; found.isEmpty() && i < article.updates().size(); i++) {
            LiveUpdate u = article.updates().get(i);
            found = in(u.body(), pageUrl);
        }
        return found;
    }

    private static Optional<LeadImage> in(Html html, String pageUrl) {
        String text = html.value();
        for (int tag = text.indexOf("<img "); tag >= 0; tag = text.indexOf("<img ", tag + 1)) {
            int end = text.indexOf('>', tag);
            if (end < 0) {
                return Optional.empty();
            }
            String element = text.substring(tag, end);
            Optional<String> url = attribute(element, "src").flatMap(src -> absolute(src, pageUrl));
            if (url.isPresent()) {
                return Optional.of(new LeadImage(url.get(), attribute(element, "alt").orElse("")));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(String element, String name) {
        int at = element.indexOf(" " + name + "=\"");
        if (at < 0) {
            return Optional.empty();
        }
        int from = at + name.length() + 3;
        int to = element.indexOf('"', from);
        return to < 0 ? Optional.empty() : Optional.of(Parser.unescapeEntities(element.substring(from, to), true));
    }

    /** The address resolved against the page's, when it is an http(s) one (not a {@code data:} picture). */
    private static Optional<String> absolute(String src, String pageUrl) {
        try {
            URI resolved = new URI(pageUrl).resolve(new URI(src));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && resolved.getHost() != null
                    ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not an address a card could fetch
        }
    }
}
