package gazette.output;

import gazette.render.AlreadyWritten;
import gazette.render.OutputFile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An output that can also be read back and changed file by file, for incremental builds. */
public interface FolderSink extends OutputSink {
    /** The files there now, by path relative to the output, with their sizes. */
    Map<String, Long> scan();

    /**
     * As {@link #publish(List)}, given what {@link #scan} listed earlier in this build, so that the
     * listing can run while the sources are read. A wanted file that appeared since is written over
     * all the same, and one gone since is simply written; an unwanted one that appeared since stays
     * until a build lists it. An empty listing is taken again, since the folder is then replaced whole.
     */
    default int publish(List<OutputFile> files, Map<String, Long> listed) {
        return publish(files, List.of(), listed);
    }

    /**
     * As {@link #publish(List, Map)}, keeping as they are the files at the paths in {@code found},
     * which {@link #alreadyWritten} found holding the site's bytes while it rendered.
     */
    int publish(List<OutputFile> files, Collection<String> found, Map<String, Long> listed);

    @Override
    default int publish(List<OutputFile> files) {
        return publish(files, scan());
    }

    /**
     * Which rendered files the folder holds already, byte for byte, given what {@link #scan} listed:
     * read back only where the listed size is the file's. Reads, never writes.
     */
    AlreadyWritten alreadyWritten(Map<String, Long> listed);

    /** Writes {@code changed}, deletes the files in {@code gone} and the folders that leaves empty, and keeps the rest. */
    void update(List<OutputFile> changed, Collection<String> gone);
}
