package gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the site is hosted, always ending in {@code /}: {@code https://example.github.io/uk-kazakhstan/}.
 * Feeds, sitemap and canonical links need absolute URLs; pages link to each other relatively, so the
 * same files work at {@code /} and under any sub-path.
 */
public record BaseUrl(String value) {
    public BaseUrl {
        if (!value.endsWith("/")) {
            value = value + "/";
        }
    }

    /** Parses an http(s) URL, adding the trailing slash that GitHub Pages' reported URL lacks. */
    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(new BaseUrl(uri.toASCIIString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path part, {@code /uk-kazakhstan/} or {@code /}: the 404 page links from here. */
    public String path() {
        String path = URI.create(value).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** An absolute URL for a path inside the site, given without a leading slash. */
    public String resolve(String sitePath) {
        return value + sitePath;
    }
}
