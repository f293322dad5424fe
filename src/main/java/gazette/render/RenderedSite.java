package gazette.render;

import gazette.source.Fingerprint;

import java.util.List;
import java.util.Map;

/**
 * A render's result.
 *
 * @param files     the files produced, in a fixed order
 * @param kept      pages not rendered because the {@link PageMemo} said they are unchanged
 * @param taken     files rendered and let go because the output took them as they were made ({@link EarlyOutput})
 * @param pageKeys  every templated page's fingerprint of template and model, kept pages included
 * @param searchDocs the documents of the search data file by article key, when this render made
 *                   the file; null when the file was kept
 */
public record RenderedSite(List<OutputFile> files, List<String> kept, List<TakenFile> taken,
        Map<String, Fingerprint.Value> pageKeys, SearchDocs searchDocs) {
    public RenderedSite {
        files = List.copyOf(files);
        kept = List.copyOf(kept);
        taken = List.copyOf(taken);
        pageKeys = Map.copyOf(pageKeys);
    }
}
