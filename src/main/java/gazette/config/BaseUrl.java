package gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    /** Whether {@code uri} is an http or https URL (its scheme in any case) with a host. */
    public static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /**
     * What is wrong with {@code text} as the site's address, for a message that follows it: its query
     * or fragment, when it is otherwise an http(s) URL, else that it is not one.
     */
    public static String whatIsWrong(String text) {
        try {
            URI uri = new URI(text.trim());
            if (isHttp(uri) && (uri.getQuery() != null || uri.getFragment() != null)) {
                return "has a ?query or #fragment, which the address of a site's root can not have";
            }
            if (isHttp(uri) && uri.getRawUserInfo() != null) {
                return "has a user name or password, which every page's links and the sitemap would publish";
            }
        } catch (URISyntaxException e) {
            // not a URL at all: said below
        }
        return "is not an http(s) URL";
    }

    /**
     * Parses an http(s) URL, adding the trailing slash that GitHub Pages' reported URL lacks; scheme and
     * host in lower case; {@code .} and {@code ..} segments resolved ({@code https://e.org/./x/../y/} is
     * {@code https://e.org/y/}), as a browser resolves them before it asks for a page, so canonical links
     * and the sitemap name the address readers see.
     */
    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.trim());
            if (!isHttp(uri) || uri.getQuery() != null || uri.getFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            // Scheme and host are read in any case (HTTPS://Example.ORG/); the path keeps its own.
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String authority = uri.getRawAuthority().replace(uri.getHost(), uri.getHost().toLowerCase(Locale.ROOT));
            URI normal = new URI(scheme + "://" + authority + path).normalize();
            String resolved = normal.toASCIIString();
            // normalize() keeps the ".." that would climb above the root (https://e.org/../x/); a browser drops it.
            String root = scheme + "://" + authority;
            String rest = resolved.substring(root.length());
            while (rest.startsWith("/../")) {
                rest = rest.substring(3);
            }
            return Optional.of(new BaseUrl(root + (rest.equals("/..") ? "/" : rest)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path part, {@code /uk-kazakhstan/} or {@code /}: the 404 page links from here. */
    public String path() {
        String path = URI.create(value).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * An absolute URL for a path inside the site, given without a leading slash. Its characters
     * outside ASCII (a URL name such as {@code tags/北京/}) are percent-encoded as UTF-8, as the sitemap
     * protocol asks and as feed readers and crawlers expect; the site's own pages link to each other
     * with the characters as they are, which browsers encode the same way.
     */
    public String resolve(String sitePath) {
        return value + asciiOnly(sitePath);
    }

    private static String asciiOnly(String path) {
        int first = 0;
        while (first < path.length() && path.charAt(first) < 0x80) {
            first++;
        }
        if (first == path.length()) {
            return path;
        }
        StringBuilder url = new StringBuilder(path.length() * 3).append(path, 0, first);
        byte[] rest = path.substring(first).getBytes(StandardCharsets.UTF_8);
        for (byte b : rest) {
            if (b >= 0) {
                url.append((char) b);
            } else {
                url.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return url.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
