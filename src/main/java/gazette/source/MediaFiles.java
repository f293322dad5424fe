package gazette.source;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The media files of one build ({@link MediaFile}), by name, and where articles stand among them:
 * an article's relative link or image is looked up from its own folder in the source folder.
 *
 * @param sourceDir the source folder
 * @param byName    every media file by its name relative to the source folder
 */
public record MediaFiles(Path sourceDir, NavigableMap<String, MediaFile> byName) {
    /** No media files: what a site without any, or a reader that does not look, has. */
    public static final MediaFiles NONE = new MediaFiles(Path.of(""), new TreeMap<>());

    /** The map is kept read-only but not copied: whoever makes it hands it over. */
    public MediaFiles {
        byName = Collections.unmodifiableNavigableMap(byName);
    }

    public static MediaFiles of(Path sourceDir, Collection<MediaFile> files) {
        NavigableMap<String, MediaFile> byName = new TreeMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        return new MediaFiles(sourceDir, byName);
    }

    /** The files in name order. */
    public List<MediaFile> files() {
        return List.copyOf(byName.values());
    }

    /** Whether a file of this name (relative to the source folder) is published. */
    public boolean published(String name) {
        return byName.containsKey(name);
    }

    /**
     * The folder of a source file relative to the source folder, with forward slashes and a final
     * one ({@code 2013/}), or {@code ""} for a file at its top; empty when the file is not in it.
     */
    public java.util.Optional<String> folderOf(Path sourceFile) {
        // The listing makes every file's path from the source folder's as given: compared as they
        // are, without the look-ups of making both absolute (70 ms over 10,000 articles).
        if (sourceFile.startsWith(sourceDir)) {
            Path rel = sourceDir.relativize(sourceFile);
            boolean plain = rel.getNameCount() > 0 && !rel.toString().isEmpty();
            for (Path part : rel) {
                plain &= !part.toString().equals("..") && !part.toString().equals(".");
            }
            if (plain) {
                Path parent = rel.getParent();
                return java.util.Optional.of(parent == null ? "" : parent.toString().replace('\\', '/') + "/");
            }
        }
        Path folder = sourceDir.toAbsolutePath().normalize();
        Path file = sourceFile.toAbsolutePath().normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            return java.util.Optional.empty();
        }
        Path parent = folder.relativize(file).getParent();
        return java.util.Optional.of(parent == null ? "" : parent.toString().replace('\\', '/') + "/");
    }

    /** Changes whenever a file is added, removed or renamed, or its key changes. */
    public Fingerprint.Value fingerprint() {
        Fingerprint f = new Fingerprint().add(byName.size());
        byName.values().forEach(m -> f.add(m.name()).add(m.key()));
        return f.value();
    }
}
