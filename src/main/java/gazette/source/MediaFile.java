package gazette.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A picture or document in the source folder ({@code seeds/img/a.jpg}), published as it is under
 * {@code media/} with its path in the source folder ({@code media/img/a.jpg}), so that an article
 * beside it can show it as {@code ![alt](img/a.jpg)}, as Hugo's page bundles and Jekyll's static
 * files let it.
 *
 * @param path    the file
 * @param relPath the same relative to the site folder, for problems
 * @param name    its path relative to the source folder, with forward slashes ({@code img/a.jpg})
 * @param key     changes whenever its content may have: its stamp when the file system gives a settled
 *                one ({@link FileStamp}), else the fingerprint of its bytes. A build need not read a
 *                file whose key is the one its copy in the output was made from.
 */
public record MediaFile(Path path, String relPath, String name, Fingerprint.Value key) {
    /** Where media files are published, relative to the output folder. */
    public static final String OUTPUT_FOLDER = "media/";
    /** The extensions (in any case) of the files published as media. */
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "pdf");
    /**
     * What a published name may hold in each of its folders and its file name: letters, digits and
     * marks of any script, spaces and {@code . _ - ( ) + , ' & @}. A name with other characters
     * ({@code #}, {@code ?}, {@code %}, {@code :}, a control or a backslash), which URLs or other
     * systems read otherwise, is named in a warning instead.
     */
    static final Pattern NAME_SEGMENT = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._()+,'&@-]+");

    /** Where the file is published, relative to the output folder ({@code media/img/a.jpg}). */
    public String published() {
        return OUTPUT_FOLDER + name;
    }

    /** Whether a file of this name is published as media, by its extension. */
    public static boolean isMedia(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name relative to the source folder may be published as it is (see {@link #NAME_SEGMENT}),
     * each of its folders and its file name neither starting nor ending with a space nor ending with a
     * dot: Windows drops those, and a link can not tell {@code "a.txt "} from {@code "a.txt"} by eye.
     */
    static boolean publishable(String name) {
        for (String segment : name.split("/", -1)) {
            if (!NAME_SEGMENT.matcher(segment).matches() || segment.startsWith(" ") || segment.endsWith(" ")
                    || segment.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Why a name is not {@link #publishable}, in words for a problem report. */
    static final String NAME_RULE = "may hold only letters, digits, spaces and . _ - ( ) + , ' & @, and no folder or file"
            + " name in it may start or end with a space or end with a dot";

    /**
     * The file with its key: from its stamp when there is a settled one, else from its bytes.
     *
     * @throws IOException when its bytes must be read and can not be
     */
    static MediaFile keyed(Path path, String relPath, String name, Optional<FileStamp> stamp) throws IOException {
        return new MediaFile(path, relPath, name, ContentKey.of(name, path, stamp));
    }
}
