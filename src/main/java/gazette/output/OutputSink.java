package gazette.output;

import gazette.render.OutputFile;

import java.util.List;

/** Where a build's files go: a folder on disk, or memory (tests, the server). */
public interface OutputSink {
    void publish(List<OutputFile> files);
}
