package gazette.content.markdown;

import gazette.content.MediaLink;
import gazette.source.MediaFile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Leads an article's relative links and images to the media files they name ({@link MediaLink}):
 * {@code akorda.jpg} in {@code seeds/2013-06-30-cameron.md} is {@code seeds/akorda.jpg}, published
 * as {@code media/akorda.jpg}, which the page at {@code articles/SLUG/} reaches as
 * {@code ../../media/akorda.jpg}. One per body rendered, used by the thread rendering it; it keeps
 * every name it was asked about.
 */
public final class MediaLinks {
    private final String folder;
    private final Predicate<String> published;
    private final Map<String, MediaLink> seen = new TreeMap<>();

    /**
     * @param folder    the article's folder relative to the source folder ({@code ""}, {@code 2013/}),
     *                  or null when it is not in the source folder: then no link leads to a media file
     * @param published whether a media file of a name relative to the source folder is published
     */
    public MediaLinks(String folder, Predicate<String> published) {
        this.folder = folder;
        this.published = published;
    }

    /** For a body whose links lead nowhere but where they are written. */
    public static MediaLinks none() {
        return new MediaLinks(null, name -> false);
    }

    /** The address of the published file {@code url} leads to; empty when it leads to none, and stays as written. */
    Optional<String> address(String url) {
        if (folder == null) {
            return Optional.empty(); // and nothing to keep: the default of every document that was given none
        }
        MediaLink link = seen.get(url);
        if (link == null) {
            String file = mediaName(folder, url);
            if (file == null) {
                return Optional.empty();
            }
            link = new MediaLink(url, file, published.test(file));
            seen.put(url, link);
        }
        return link.published() ? Optional.of(link.address()) : Optional.empty();
    }

    /** Every link asked about that names a media file's place, published or not, by address. */
    public List<MediaLink> seen() {
        return List.copyOf(seen.values());
    }

    /**
     * The name, relative to the source folder, of the media file a relative address leads to from
     * {@code folder}; null when it has a scheme, starts with {@code /}, {@code #} or {@code //}, leads
     * out of the source folder, has an empty, encoded-slash or malformed part, or does not end in a
     * media file's extension.
     */
    static String mediaName(String folder, String url) {
        if (folder == null || url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.indexOf('\\') >= 0
                || !SafeLinks.scheme(url).isEmpty()) {
            return null;
        }
        String path = url.substring(0, MediaLink.suffixStart(url));
        String lower = path.toLowerCase(Locale.ROOT);
        if (path.isEmpty() || lower.contains("%2f") || lower.contains("%5c")) {
            return null;
        }
        String decoded = decode(path);
        if (decoded == null || decoded.indexOf('\\') >= 0) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : (folder + decoded).split("/", -1)) {
            if (segment.isEmpty()) {
                return null;
            } else if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null; // out of the source folder
                }
                parts.removeLast();
            } else if (!segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        if (parts.isEmpty() || !MediaFile.isMedia(parts.getLast())) {
            return null;
        }
        return String.join("/", parts);
    }

    /** Percent-decoding once, strictly, as a server reads a request's path; null for a malformed escape or bytes that are not UTF-8. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                int hi = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int codePoint = path.codePointAt(i);
                byte[] utf8 = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
