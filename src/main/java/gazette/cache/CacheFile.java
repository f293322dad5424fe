package gazette.cache;

import java.nio.file.Path;

/**
 * Where the build cache of an output folder lives: {@code .site-output.gazette-cache} for
 * {@code site-output/}, outside the published site and named so one {@code .gitignore} line covers
 * it. A class of its own, so the launcher can find the file without loading the cache's code.
 */
public final class CacheFile {
    private CacheFile() {
    }

    public static Path beside(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".gazette-cache");
    }
}
