package gazette.build;

import gazette.config.SiteConfig;
import gazette.content.rawcopy.Furniture;
import gazette.content.rawcopy.ImportedCopy;
import gazette.content.rawcopy.RawCopyReader;
import gazette.diag.Problems;
import gazette.source.SourceDoc;
import gazette.yaml.YNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads raw copy ({@code .txt}) through the same reader as {@code gazette import} and hands on a
 * Markdown source. What the copy says (headline, standfirst, dateline, byline, the agency its dateline
 * names as the source, live blog) fills the front matter; the sidecar {@code NAME.yml} wins wherever
 * it says otherwise.
 */
final class RawCopySources implements BiFunction<SourceDoc, Problems, SourceDoc> {
    private final RawCopyReader reader;

    RawCopySources(SiteConfig config) {
        this.reader = new RawCopyReader(new Furniture(config.importFurniture()));
    }

    @Override
    public SourceDoc apply(SourceDoc doc, Problems problems) {
        ImportedCopy copy = reader.read(doc.relPath(), doc.body());
        // What gazette import would warn of (bare times in a copy naming several zones) is as true here.
        copy.report().warnings().forEach(problems::add);
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        put(entries, "title", copy.title());
        put(entries, "summary", copy.summary());
        put(entries, "dateline", copy.dateline());
        put(entries, "author", copy.author());
        put(entries, "source", copy.agency());
        put(entries, "type", copy.live() ? Optional.of("live") : Optional.empty());
        entries.putAll(doc.frontMatter().entries());
        YNode.Mapping merged = new YNode.Mapping(entries, doc.frontMatter().line(), doc.frontMatter().column());
        return new SourceDoc(doc.path(), doc.relPath(), SourceDoc.Format.MARKDOWN, doc.frontMatterFile(), merged,
                copy.markdownBody(), 1, copy.sourceLines());
    }

    private static void put(Map<String, YNode.Entry> entries, String key, Optional<String> value) {
        value.ifPresent(v -> entries.put(key, new YNode.Entry(key, 1, 1, new YNode.Scalar(v, true, 1, 1))));
    }
}
