package gazette.content.markdown;

import java.util.Optional;

/**
 * Where a link or image written in an article leads from the article's page.
 * <ul>
 * <li>A link written from the site root, {@code /articles/other/}, is made relative to the article
 * page ({@code ../../articles/other/}), so it keeps working when the site lives under a sub-path.</li>
 * <li>A relative link or image naming a published media file beside the article ({@code akorda.jpg})
 * leads to its copy ({@code ../../media/akorda.jpg}, see {@link MediaLinks}): as written it would
 * name a file in the article's own folder of the output, where there is none.</li>
 * <li>Only a destination in pointy brackets holds spaces; in an attribute they are escaped, as are
 * backslashes, which only a query or fragment may hold ({@link SafeLinks#malformed}) and which no
 * valid URL has as they are ({@code ?path=C:\dir} is {@code ?path=C:%5Cdir}).</li>
 * </ul>
 */
final class LinkAddresses {
    /** Article pages live at {@code articles/SLUG/}, two folders below the root. */
    static final String ARTICLE_TO_ROOT = "../../";

    private final MediaLinks media;

    LinkAddresses(MediaLinks media) {
        this.media = media;
    }

    /** The address for the page, from the address as written (escapes and references resolved). */
    String address(String url) {
        if (url.isEmpty()) {
            return url; // an empty address stays empty, as flexmark left it
        }
        if (url.startsWith("/") && !url.startsWith("//")) {
            return ARTICLE_TO_ROOT + escaped(url.substring(1));
        }
        Optional<String> published = media.address(url);
        if (published.isPresent()) {
            return published.get();
        }
        return escaped(url);
    }

    private static String escaped(String url) {
        return url.indexOf(' ') >= 0 || url.indexOf('\\') >= 0 ? url.replace(" ", "%20").replace("\\", "%5C") : url;
    }
}
