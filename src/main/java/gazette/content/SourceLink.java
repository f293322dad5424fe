package gazette.content;

import gazette.config.BaseUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to an article's original ({@code source_url:}, {@code --source-url}) as pasted from a
 * browser's address bar, made a valid http(s) URI: the characters a URI may not hold as they are
 * ({@code < > " space { } | \ ^ `}, a {@code %} that starts no escape, a second {@code #}, brackets
 * past the host, invisible ones) are percent-encoded, as a browser encodes them when it follows the
 * link. {@code https://example.org/?b='q'&c=<x>} was refused as "not an http(s) link"; it is one,
 * and becomes {@code https://example.org/?b='q'&c=%3Cx%3E}. The pages escape what remains
 * ({@code &}, {@code '}) wherever they print it.
 */
public final class SourceLink {
    private static final String NEVER_AS_IS = " \"<>\\^`{|}";
    private static final Pattern HTTP_HOST = Pattern.compile("(?i)https?://([^/?#]*)");

    private SourceLink() {
    }

    /** The link, encoded; empty when it is no http(s) link even so. */
    public static Optional<String> http(String written) {
        try {
            String encoded = encode(written.strip());
            return BaseUrl.isHttp(new URI(encoded)) ? Optional.of(encoded) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Why {@link #http} refused the link, for a message after "is not an http(s) link": the
     * character its host cannot hold, when it names one, else nothing.
     */
    public static String why(String written) {
        Matcher host = HTTP_HOST.matcher(written.strip());
        if (host.lookingAt()) {
            for (int i = 0; i < host.group(1).length(); ) {
                int c = host.group(1).codePointAt(i);
                if (!Character.isLetterOrDigit(c) && ".-_~:@[]%!$&'()*+,;=".indexOf(c) < 0) {
                    return ": its host name cannot hold '" + new String(Character.toChars(c)) + "'"
                            + (Character.isWhitespace(c) || Character.isSpaceChar(c) ? " (a space)" : "");
                }
                i += Character.charCount(c);
            }
            return host.group(1).isEmpty() ? ": it names no host" : "";
        }
        return "";
    }

    static String encode(String link) {
        Matcher host = HTTP_HOST.matcher(link);
        int hostEnd = host.lookingAt() ? host.end() : 0;
        StringBuilder out = new StringBuilder(link.length() + 16);
        boolean fragment = false;
        for (int i = 0; i < link.length(); ) {
            int c = link.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean encode = NEVER_AS_IS.indexOf(c) >= 0 && c < 0x80
                    || c == '%' && !isEscape(link, next)
                    || c == '#' && fragment
                    || (c == '[' || c == ']') && i >= hostEnd
                    || Character.isISOControl(c) || c >= 0x80 && (Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
            fragment |= c == '#';
            if (encode) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            } else {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isEscape(String link, int at) {
        return at + 2 <= link.length() && Character.digit(link.charAt(at), 16) >= 0 && Character.digit(link.charAt(at + 1), 16) >= 0;
    }
}
