package gazette.output;

import gazette.render.OutputFile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** An output that can also be read back and changed file by file, for incremental builds. */
public interface FolderSink extends OutputSink {
    /** The files there now, by path relative to the output, with their sizes. */
    Map<String, Long> scan();

    /** Writes {@code changed}, keeps the files in {@code keep} as they are, and removes every other file. */
    void update(List<OutputFile> changed, Set<String> keep);
}
