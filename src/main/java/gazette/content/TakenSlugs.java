package gazette.content;

import gazette.diag.Problems;
import gazette.source.SourceDoc;
import gazette.source.SourceReader;
import gazette.yaml.YNode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The slugs the articles in a source folder already have, each with the file that has it, so that
 * {@code new} and {@code import} can give a new article one of its own. A follow-up story under the
 * same headline is common in a newsroom; without this check the new file was written and the next
 * build failed with "duplicate slug".
 *
 * <p>A file's slug is found as the build finds it ({@link ArticleReader}): its {@code slug:} key
 * when that is a valid slug, else its name's ({@link ArticleReader#nameSlug}); raw copy ({@code .txt}) counts too,
 * with its sidecar's key. A file the build would reject (bad YAML, say) still counts by its name:
 * the build will report it, and its editor will want the slug once it is fixed.
 *
 * @param owners each taken slug and the file that has it, relative to the site folder
 */
public record TakenSlugs(Map<String, String> owners) {
    public TakenSlugs {
        owners = Map.copyOf(owners);
    }

    /** What {@link #free} chose: the slug, and the file that had the one asked for when it was taken. */
    public record Choice(String slug, String wanted, Optional<String> takenBy) {
        /** The note for the command's output line when the slug is not the one asked for, e.g. {@code (slug 'x-2': 'x' is taken by seeds/a.md)}. */
        public String note() {
            return takenBy.map(file -> " (slug '" + slug + "': '" + wanted + "' is taken by " + file + ")").orElse("");
        }
    }

    /** The slugs of every article file below {@code sourceDir}; a missing folder has none. */
    public static TakenSlugs in(Path siteRoot, Path sourceDir) {
        // Problems in the files are the build's to report; here only their slugs matter.
        Problems ignored = new Problems(1);
        Map<String, String> owners = new HashMap<>();
        for (SourceDoc doc : SourceReader.readAll(siteRoot, sourceDir, ignored)) {
            owners.putIfAbsent(slugOf(doc), doc.relPath());
        }
        return new TakenSlugs(owners);
    }

    private static String slugOf(SourceDoc doc) {
        if (doc.frontMatter().get("slug").orElse(null) instanceof YNode.Scalar given
                && Slug.isValid(given.value()) && Slug.utf8Length(given.value()) <= Slug.MAX_BYTES) {
            return given.value();
        }
        return ArticleReader.nameSlug(doc);
    }

    public Optional<String> owner(String slug) {
        return Optional.ofNullable(owners.get(slug));
    }

    /** These slugs but the one {@code file} has: the file an {@code import --force} replaces. */
    public TakenSlugs except(String file) {
        Map<String, String> fewer = new HashMap<>(owners);
        fewer.values().removeIf(file::equals);
        return new TakenSlugs(fewer);
    }

    /** These slugs and one more, for articles planned in the same run. */
    public TakenSlugs with(String slug, String owner) {
        Map<String, String> more = new HashMap<>(owners);
        more.putIfAbsent(slug, owner);
        return new TakenSlugs(more);
    }

    /**
     * {@code wanted} when no article has it and no file stands where it would be written
     * ({@code fileInTheWay}: a file of that name whose {@code slug:} key says otherwise), else the
     * first of {@code wanted-2}, {@code wanted-3}, ... that is free, as WordPress numbers a
     * repeated name.
     */
    public Choice free(String wanted, Function<String, Optional<String>> fileInTheWay) {
        Optional<String> takenBy = owner(wanted).or(() -> fileInTheWay.apply(wanted));
        if (takenBy.isEmpty()) {
            return new Choice(wanted, wanted, Optional.empty());
        }
        for (int n = 2; ; n++) {
            String candidate = numbered(wanted, n);
            if (owner(candidate).isEmpty() && fileInTheWay.apply(candidate).isEmpty()) {
                return new Choice(candidate, wanted, takenBy);
            }
        }
    }

    /** {@code wanted-n}, with {@code wanted} cut at a hyphen or letter when both would pass {@link Slug#MAX_BYTES}. */
    public static String numbered(String wanted, int n) {
        String suffix = "-" + n;
        String base = wanted;
        while (Slug.utf8Length(base) + suffix.length() > Slug.MAX_BYTES) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        // A cut may leave a hyphen, or a mark whose letter went, at the end: neither ends a slug.
        while (!base.isEmpty() && !Slug.isValid(base)) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        return base + suffix;
    }
}
