package gazette.source;

import java.util.List;

/**
 * The static files of one build ({@link StaticFile}).
 *
 * @param files every static file, in name order
 */
public record StaticFiles(List<StaticFile> files) {
    /** No static files: a site without a static folder. */
    public static final StaticFiles NONE = new StaticFiles(List.of());

    public StaticFiles {
        files = List.copyOf(files);
    }

    /** Changes whenever a file is added, removed or renamed, or its key changes. */
    public Fingerprint.Value fingerprint() {
        Fingerprint f = new Fingerprint().add(files.size());
        files.forEach(s -> f.add(s.name()).add(s.key()));
        return f.value();
    }
}
