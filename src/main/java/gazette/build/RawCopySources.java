package gazette.build;

import gazette.config.SiteConfig;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.SourceDoc;

import java.util.function.Function;

/** Turns a raw-copy source ({@code .txt} + sidecar) into a Markdown source through the importer. */
final class RawCopySources implements Function<SourceDoc, SourceDoc> {
    private final SiteConfig config;

    RawCopySources(SiteConfig config) {
        this.config = config;
    }

    @Override
    public SourceDoc apply(SourceDoc doc) {
        throw new BuildFailure(Problem.error(doc.relPath(), 1, 1, "raw copy is not supported yet"));
    }
}
