package gazette.content.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links and images only to addresses a page may safely link: a link whose address would run script
 * keeps its text and loses its link, and such an image is left out, as flexmark does with a plain
 * {@code javascript:} address.
 *
 * <p>Why: flexmark's own check is a pattern, {@code javascript:.*}, matched against the address as
 * written, so {@code JAVASCRIPT:}, {@code &#106;avascript:} (written out as {@code javascript:}) and
 * {@code java&#x09;script:} (a tab, which browsers drop from an address) all became live links, and
 * {@code vbscript:} and {@code data:text/html} addresses were linked too. Here the address is read as
 * the page will give it to the browser, and as the browser reads it (tabs and line breaks dropped,
 * leading and trailing spaces and controls trimmed, the scheme in any case), and only these schemes
 * are linked: http, https, mailto and tel, and for images {@code data:} images of the common raster
 * formats. An address with no scheme (relative, or from the site root) is linked as before.
 */
final class SafeLinks {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(?:png|jpeg|gif|webp|avif)[;,].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SafeLinks() {
    }

    /** Whether a link to {@code url} (as the page writes it, entities and escapes resolved) is safe to make. */
    static boolean safeLink(String url) {
        String scheme = scheme(url);
        return (scheme.isEmpty() || LINK_SCHEMES.contains(scheme)) && malformed(url).isEmpty();
    }

    /** Whether an image from {@code url} is safe to show. */
    static boolean safeImage(String url) {
        String scheme = scheme(url);
        return (scheme.isEmpty() || IMAGE_SCHEMES.contains(scheme) || scheme.equals("data") && DATA_IMAGE.matcher(browserForm(url)).matches())
                && malformed(url).isEmpty();
    }

    /**
     * What makes {@code url} no address at all, if anything: a backslash (browsers read it as a slash,
     * {@code \\evil.org\a} as another site), or an http(s) or {@code //} address with no host
     * ({@code http://}, {@code https:javascript:alert(1)}). Such a link made the page invalid HTML;
     * it keeps its text and loses its link, as an unsafe one does.
     */
    static Optional<String> malformed(String url) {
        String read = browserForm(url);
        // In the query or fragment a backslash is a character like another (?path=C:\dir); before them, a slash.
        int query = read.indexOf('?');
        int fragment = read.indexOf('#');
        int pathEnd = Math.min(query < 0 ? read.length() : query, fragment < 0 ? read.length() : fragment);
        if (read.lastIndexOf('\\', pathEnd - 1) >= 0) {
            return Optional.of("it holds a backslash, which browsers read as a slash");
        }
        String scheme = scheme(url);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web && !(scheme.isEmpty() && read.startsWith("//"))) {
            return Optional.empty();
        }
        String rest = web ? read.substring(scheme.length() + 1) : read;
        if (!rest.startsWith("//")) {
            return Optional.of(scheme + ": must be followed by // and a host");
        }
        String authority = rest.substring(2).split("[/?#]", 2)[0];
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        return host.isEmpty() ? Optional.of("it names no host") : Optional.empty();
    }

    /** The scheme a browser reads in {@code url}, lower-cased; empty when it has none (a relative address). */
    static String scheme(String url) {
        String read = browserForm(url);
        int colon = read.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String scheme = read.substring(0, colon);
        return SCHEME.matcher(scheme).matches() ? scheme.toLowerCase(Locale.ROOT) : "";
    }

    /** The address as a browser's URL parser takes it: controls and spaces trimmed, tabs and line breaks removed. */
    private static String browserForm(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder read = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                read.append(c);
            }
        }
        return read.toString();
    }
}
