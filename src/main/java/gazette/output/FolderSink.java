package gazette.output;

import gazette.render.OutputFile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An output that can also be read back and changed file by file, for incremental builds. */
public interface FolderSink extends OutputSink {
    /** The files there now, by path relative to the output, with their sizes. */
    Map<String, Long> scan();

    /** Writes {@code changed}, deletes the files in {@code gone} and the folders that leaves empty, and keeps the rest. */
    void update(List<OutputFile> changed, Collection<String> gone);
}
