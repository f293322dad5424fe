package gazette.source;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The static files of one build ({@link StaticFile}), by the path they are published at.
 *
 * @param byName every static file by its name relative to the static folder
 */
public record StaticFiles(NavigableMap<String, StaticFile> byName) {
    /** No static files: a site without a static folder. */
    public static final StaticFiles NONE = new StaticFiles(new TreeMap<>());

    /** The map is kept read-only but not copied: whoever makes it hands it over. */
    public StaticFiles {
        byName = Collections.unmodifiableNavigableMap(byName);
    }

    public static StaticFiles of(Collection<StaticFile> files) {
        NavigableMap<String, StaticFile> byName = new TreeMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        return new StaticFiles(byName);
    }

    /** The files in name order. */
    public List<StaticFile> files() {
        return List.copyOf(byName.values());
    }

    /** Whether a static file is published at this path relative to the output folder. */
    public boolean publishes(String outputPath) {
        return byName.containsKey(outputPath);
    }

    /** Changes whenever a file is added, removed or renamed, or its key changes. */
    public Fingerprint.Value fingerprint() {
        Fingerprint f = new Fingerprint().add(byName.size());
        byName.values().forEach(s -> f.add(s.name()).add(s.key()));
        return f.value();
    }
}
