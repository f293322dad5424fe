package gazette.output;

import gazette.render.EarlyOutput;
import gazette.render.OutputFile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An output that can also be read back and changed file by file, for incremental builds. */
public interface FolderSink extends OutputSink {
    /** The files there now, by path relative to the output, with their sizes. */
    Map<String, Long> scan();

    /** A hold on the output folder against other builds, released by {@link #close}. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds the output folder for one build, from its first look at the folder to its last write: a
     * second build into the same folder (another terminal, an editor's build-on-save) waits until this
     * one is done. A sink that writes no folder holds nothing.
     */
    default Hold hold() {
        return () -> {
        };
    }

    /**
     * Throws a {@link gazette.diag.BuildFailure} when the output is a folder Gazette must not replace:
     * one it did not make, or one holding sources. A build asks before it lists the folder, so a
     * mistaken {@code --output ..} or {@code --output /} is refused at once instead of after a walk
     * through every folder under it.
     */
    default void checkReplaceable() {
    }

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
     * As {@link #publish(List, Map)}, with the files at the paths in {@code taken} taken already by
     * the {@link #early} output given the same listing: found in the folder, or staged.
     */
    int publish(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed);

    @Override
    default int publish(List<OutputFile> files) {
        return publish(files, scan());
    }

    /**
     * Takes files as they render, given what {@link #scan} listed: a folder with files in it is read
     * back where the listed size is a file's, and the files it holds byte for byte are taken, the
     * others kept aside beside it to be written at {@link #publish} or {@link #update}; a new or empty
     * folder is begun beside it, where each file is written as it comes. Nothing changes in the
     * folder itself until then; {@link #abandon} removes what was begun.
     */
    EarlyOutput early(Map<String, Long> listed);

    /** Removes what an {@link #early} output began, when the build fails before publishing. */
    void abandon();

    /**
     * Writes {@code changed} and what {@link #early} kept aside, deletes the files in {@code gone} and
     * the folders that leaves empty, and keeps the rest.
     *
     * @return how many files were written
     */
    int update(List<OutputFile> changed, Collection<String> gone);
}
