package gazette.content.markdown;

import java.util.Locale;
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
        return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
    }

    /** Whether an image from {@code url} is safe to show. */
    static boolean safeImage(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || IMAGE_SCHEMES.contains(scheme) || scheme.equals("data") && DATA_IMAGE.matcher(browserForm(url)).matches();
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
