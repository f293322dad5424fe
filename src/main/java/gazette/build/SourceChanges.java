package gazette.build;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a file watcher saw change since the last build: the paths of files and folders created,
 * changed or deleted. It lets a build in a long-running process re-read only those source files
 * instead of listing and reading the whole source folder. {@link #UNKNOWN} when nobody watched, or
 * the watcher lost events; the configuration and templates are read in full by every build anyway.
 *
 * @param known whether {@code paths} is the whole story
 */
public record SourceChanges(boolean known, Set<Path> paths) {
    public static final SourceChanges UNKNOWN = new SourceChanges(false, Set.of());

    public SourceChanges {
        paths = Set.copyOf(paths);
    }

    public static SourceChanges of(Set<Path> paths) {
        return new SourceChanges(true, paths);
    }
}
