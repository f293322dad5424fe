package gazette.content;

import gazette.source.MediaFile;

import java.nio.charset.StandardCharsets;

/**
 * A relative link or image in an article that names a media file's place in the source folder
 * ({@code akorda.jpg} beside the article, {@code img/b.png}). When a media file is there, the page
 * links its published copy instead; when none is, the link stays as written (and {@code check}
 * reports it as broken). An article read while the file was there or not must be read again once
 * that changes, so the article keeps every such name with the answer its page was made with.
 *
 * @param url       the address as written, escapes and entities resolved
 * @param file      the name it leads to, relative to the source folder ({@code img/b.png})
 * @param published whether a media file of that name was published when the article was read
 */
public record MediaLink(String url, String file, boolean published) {
    /** Article pages live at {@code articles/SLUG/}, two folders below the root. */
    private static final String ARTICLE_TO_ROOT = "../../";

    /** The page-relative address of the published file, with the query and fragment written ({@code #page=2}). */
    public String address() {
        int end = suffixStart(url);
        return ARTICLE_TO_ROOT + MediaFile.OUTPUT_FOLDER + encode(file) + url.substring(end);
    }

    /** Where the query or fragment of an address starts; its length when it has neither. */
    public static int suffixStart(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int end = url.length();
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }

    /**
     * A name as a URL path: every byte but ASCII letters, digits, {@code - . _ ~} and the folder
     * slashes percent-encoded, so spaces and names in any script reach the file.
     */
    static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
