package gazette.output;

import java.util.regex.Pattern;

/**
 * The last guard before a write: an output path must be relative, use forward slashes, and have
 * no empty, {@code .} or {@code ..} segment, so no content can place a file outside the output folder.
 */
final class SafePath {
    /**
     * Letters, digits and their marks of any script (URL names may be {@code 北京}), dots, hyphens,
     * underscores; and for media files copied as they are named ({@code Cameron (PA).jpg}), spaces
     * and {@code ( ) + , ' & @}, as {@link gazette.source.MediaFile} lets them be published.
     */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._()+,'&@-]+");

    private SafePath() {
    }

    static String check(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("unsafe output path: " + path);
            }
        }
        return path;
    }

    /** Whether {@link #check} lets the path pass. */
    static boolean isSafe(String path) {
        try {
            check(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
