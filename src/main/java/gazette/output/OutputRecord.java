package gazette.output;

import gazette.source.HalfWrittenFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files Gazette wrote into an output folder, kept beside it ({@code .site-output.gazette-files}
 * for {@code site-output/}): one path a line, sorted, after a header line. It is how Gazette tells
 * its own files from the user's, so that it only ever deletes what it wrote: a folder with files and
 * no record was not built by Gazette and is refused. Kept apart from the build cache, which may be
 * deleted any time and is dropped while a build publishes; this file lasts as long as the folder is
 * Gazette's. Output paths hold no line breaks ({@link SafePath}), so a line is a path.
 */
final class OutputRecord {
    private static final String HEADER = "gazette-files 1";

    private final Path file;

    OutputRecord(Path output) {
        this.file = DirectorySink.beside(output, ".gazette-files");
    }

    Path file() {
        return file;
    }

    /** The paths recorded; empty when there is no record, or one Gazette did not write (then nothing is Gazette's). */
    Optional<Set<String>> load() {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            return Optional.of(new TreeSet<>(lines.subList(1, lines.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the record whole (written beside it and renamed over), so a crash leaves the old one or the new. */
    void save(Collection<String> paths) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String path : new TreeSet<>(paths)) { // sorted: the same site gives the same file
            text.append(path).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            HalfWrittenFile.remove(temp, e);
            throw e;
        }
        HalfWrittenFile.moveIntoPlace(temp, file);
    }
}
