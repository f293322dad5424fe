package gazette.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param siteRoot   the site folder; problem paths are relative to it
 * @param sourceDir  the articles
 * @param templates  the site's templates (overriding the built-in theme file by file)
 * @param configFile {@code gazette.yml}
 * @param outputDir  where the site goes
 * @param baseUrl    overrides the config's base URL
 * @param drafts     include {@code draft: true} articles
 */
public record BuildOptions(Path siteRoot, Path sourceDir, Path templates, Path configFile, Path outputDir,
        Optional<String> baseUrl, boolean drafts) {

    /** The contract's defaults, for a site folder. */
    public static BuildOptions defaults(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("seeds"), siteRoot.resolve("templates"),
                siteRoot.resolve("gazette.yml"), siteRoot.resolve("site-output"), Optional.empty(), false);
    }

    public BuildOptions withOutput(Path dir) {
        return new BuildOptions(siteRoot, sourceDir, templates, configFile, dir, baseUrl, drafts);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteRoot, sourceDir, templates, configFile, outputDir, Optional.of(url), drafts);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(siteRoot, sourceDir, templates, configFile, outputDir, baseUrl, include);
    }
}
