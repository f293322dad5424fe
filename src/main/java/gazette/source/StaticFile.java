package gazette.source;

import java.nio.file.Path;

/**
 * A file in the site's static folder ({@code static/.well-known/security.txt}), published byte for
 * byte at the same path in the output ({@code .well-known/security.txt}), as Hugo's {@code static/}
 * and Jekyll's plain files are: a search engine's verification file, a {@code favicon.ico}, a
 * download, the site's own {@code robots.txt}.
 *
 * @param path    the file
 * @param relPath the same relative to the site folder, for problems ({@code static/robots.txt})
 * @param name    its path relative to the static folder with forward slashes, which is also where it
 *                is published relative to the output folder
 * @param key     changes whenever its content may have ({@link ContentKey}): a build need not read
 *                a file whose key is the one its copy in the output was made from
 */
public record StaticFile(Path path, String relPath, String name, Fingerprint.Value key) {
    /** Where the file is published, relative to the output folder: its own path in the static folder. */
    public String published() {
        return name;
    }

    /**
     * Why its name can not be published, or null when it can: the output writes only names that every
     * server and URL carry as they are ({@code output.SafePath}). Told with the clashes with the site's
     * own files ({@code render.StaticClashes}), so one build names every static file to mend.
     */
    public String unpublishableName() {
        return MediaFile.publishable(name) ? null
                : "a static file's name " + MediaFile.NAME_RULE + ", so that every server and browser read it alike";
    }
}
