package gazette.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's HTML with every relative {@code href} and {@code src} made absolute, for a feed.
 *
 * <p>Why: pages link relatively, so the same files work under any sub-path, and a feed's content
 * says where it comes from with {@code xml:base}; but feed readers that ignore {@code xml:base}
 * (several do) resolved {@code ../../media/akorda.jpg} against the feed's own address, and the
 * picture and links were broken. The HTML is Gazette's own: every attribute value is quoted with
 * {@code "} and escaped, and markup in the text is escaped, so a match is always an attribute.
 */
final class AbsoluteLinks {
    private static final Pattern ADDRESS = Pattern.compile(" (href|src)=\"([^\"]*)\"");
    /** A scheme ({@code https:}, {@code mailto:}, {@code data:}) or a host ({@code //}): absolute already. */
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)");

    private AbsoluteLinks() {
    }

    /** {@code html} with its relative addresses resolved against {@code pageUrl}, the page it is shown on. */
    static String in(String html, String pageUrl) {
        if (html.indexOf("=\"") < 0) {
            return html;
        }
        URI base = URI.create(pageUrl);
        Matcher m = ADDRESS.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append(' ').append(m.group(1)).append("=\"").append(resolved(base, m.group(2))).append('"');
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolved(URI base, String address) {
        if (address.isEmpty() || ABSOLUTE.matcher(address).find()) {
            return address;
        }
        try {
            // The value is HTML-escaped (&amp; in a query); resolving leaves the query as it is, escapes and all.
            return base.resolve(new URI(address)).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return address; // not an address URI can read; xml:base still says where it is from
        }
    }
}
