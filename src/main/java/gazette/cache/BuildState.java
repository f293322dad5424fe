package gazette.cache;

import gazette.content.Article;
import gazette.diag.Problem;
import gazette.render.SearchDocs;
import gazette.source.FileStamp;
import gazette.source.Fingerprint;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build leaves for the next one: each source file's fingerprint with what reading it gave,
 * and each output file's fingerprints. Valid only for the same Gazette and the same settings.
 *
 * @param summary  what a build that changes nothing needs to know
 * @param settings fingerprint of everything that changes how every file is read (configuration, flags)
 * @param templates fingerprint of every file in the site's templates folder (templates and assets)
 * @param media    fingerprint of the files published as they are: the media files' names and keys
 *                 ({@link gazette.source.MediaFiles#fingerprint}) and the static folder's
 *                 ({@link gazette.source.StaticFiles#fingerprint})
 * @param sources  by source path relative to the site folder
 * @param outputs  by output path relative to the output folder
 * @param searchDocs the articles' search documents, by article key
 */
public record BuildState(Summary summary, Fingerprint.Value settings, Fingerprint.Value templates,
        Fingerprint.Value media, Map<String, SourceEntry> sources, Map<String, OutputEntry> outputs, SearchDocs searchDocs) {

    public static final BuildState EMPTY = new BuildState(Summary.NONE, new Fingerprint.Value(0, 0),
            new Fingerprint.Value(0, 0), new Fingerprint.Value(0, 0), Map.of(), Map.of(), SearchDocs.NONE);

    /**
     * The maps are kept read-only but not copied: whoever makes a state hands over maps it made for
     * it and does not change afterwards. On a large site they hold tens of thousands of entries, and
     * copying them after every save was a fifth of {@code serve}'s rebuild.
     */
    public BuildState {
        sources = Collections.unmodifiableMap(sources);
        outputs = Collections.unmodifiableMap(outputs);
    }

    /**
     * Enough to tell, without reading any article back, that nothing changed: then the build is done.
     *
     * @param inputs   fingerprint of the settings, every source file, every media file's key and every file in
     *                 the templates folder
     * @param articles how many articles the site had
     * @param warnings the problems that did not stop the build, to repeat them
     * @param files    every output file's size, to tell the output folder is as it was left
     * @param sources  each source file's stamp when it was read, by path relative to the site folder,
     *                 so the next build reads only the files whose stamps changed
     */
    public record Summary(Fingerprint.Value inputs, int articles, List<Problem> warnings, Map<String, Long> files,
            Map<String, SourceStamp> sources) {
        public static final Summary NONE = new Summary(new Fingerprint.Value(0, 0), 0, List.of(), Map.of(), Map.of());

        /** The maps are kept read-only but not copied, as {@link BuildState}'s. */
        public Summary {
            warnings = List.copyOf(warnings);
            files = Collections.unmodifiableMap(files);
            sources = Collections.unmodifiableMap(sources);
        }
    }

    /**
     * A source file as the file system described it just before a build read it, with the
     * fingerprint of what was read.
     *
     * @param file    the file's stamp
     * @param sidecar its raw-copy sidecar's, {@link FileStamp#ABSENT} when it has none
     * @param content the fingerprint of the file's bytes and its sidecar's ({@link gazette.source.SourceFile#fingerprint})
     */
    public record SourceStamp(FileStamp file, FileStamp sidecar, Fingerprint.Value content) {
    }

    /**
     * One source file as last read.
     *
     * @param content  fingerprint of its bytes (and its sidecar's)
     * @param article  the article it gave; empty for a draft left out, or a file with errors
     * @param problems what reading it reported
     */
    public record SourceEntry(Fingerprint.Value content, Optional<Article> article, List<Problem> problems) {
        public SourceEntry {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One output file as last written.
     *
     * @param page    fingerprint of the template and model it was rendered from; null when not templated
     * @param content fingerprint of its bytes
     * @param size    its length in bytes
     */
    public record OutputEntry(Fingerprint.Value page, Fingerprint.Value content, long size) {
    }
}
