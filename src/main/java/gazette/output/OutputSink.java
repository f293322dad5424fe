package gazette.output;

import gazette.render.OutputFile;

import java.util.List;

/** Where a build's files go: a folder on disk, or memory (tests, the server). */
public interface OutputSink {
    /**
     * Makes the output hold {@code files} and nothing else.
     *
     * @return how many files were written; a file already there with the same bytes is left alone and not counted
     */
    int publish(List<OutputFile> files);
}
