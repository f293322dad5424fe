package gazette.build;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.SourceReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to build.
 *
 * @param siteRoot   the site folder; problem paths are relative to it
 * @param sourceDir  the articles
 * @param templates  the site's templates (overriding the built-in theme file by file)
 * @param staticDir  files published as they are at the same paths ({@code static/}); it need not exist
 * @param configFile {@code gazette.yml}
 * @param outputDir  where the site goes
 * @param baseUrl    overrides the config's base URL
 * @param drafts     include {@code draft: true} articles
 */
public record BuildOptions(Path siteRoot, Path sourceDir, Path templates, Path staticDir, Path configFile, Path outputDir,
        Optional<String> baseUrl, boolean drafts) {

    /** The contract's defaults, for a site folder. */
    public static BuildOptions defaults(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("seeds"), siteRoot.resolve("templates"), siteRoot.resolve("static"),
                siteRoot.resolve("gazette.yml"), siteRoot.resolve("site-output"), Optional.empty(), false);
    }

    /**
     * Refuses an output folder that holds the source, templates or static folder, or lies inside one: a
     * build replaces its output folder, so sources inside it would go, and the next build would read the
     * pages of an output folder inside the sources ({@code robots.txt} as raw copy, to begin with; inside
     * the static folder, the whole site again as static files, one level deeper each build).
     *
     * @throws BuildFailure naming the output folder, when they overlap
     */
    public void refuseOverlappingFolders() {
        refuseFoldersLinkedOutside();
        Path output = outputDir.toAbsolutePath().normalize();
        for (Path folder : List.of(sourceDir, templates, staticDir)) {
            Path other = folder.toAbsolutePath().normalize();
            if (output.startsWith(other) || other.startsWith(output)) {
                String otherRel = SourceReader.relative(siteRoot, folder);
                String outputRel = SourceReader.relative(siteRoot, outputDir);
                String otherName = otherRel.isEmpty() ? "./" : otherRel + "/"; // the site folder itself
                throw new BuildFailure(Problem.error(outputRel.isEmpty() ? "." : outputRel, 0, 0,
                        "the output folder and " + otherName + " are inside one another, so a build would read or replace "
                                + otherName, "choose an output folder outside " + otherName + " with --output"));
            }
        }
        refuseStaticFolderHoldingSources();
    }

    /**
     * Refuses a source, templates or static folder named inside the site folder that is a symbolic
     * link to a folder outside it ({@code static -> /home/me/notes}): a build on a CI machine would
     * publish whatever the link leads to, which is why links to files outside the site are refused
     * already (Jekyll's safe mode, which GitHub Pages runs, refuses both). A folder given by its own
     * path outside the site ({@code --source ../corpus}) is the user's plain choice, and is read.
     *
     * @throws BuildFailure naming the folder
     */
    public void refuseFoldersLinkedOutside() {
        Path site = siteRoot.toAbsolutePath().normalize();
        for (Path folder : List.of(sourceDir, templates, staticDir)) {
            Path named = folder.toAbsolutePath().normalize();
            if (!named.startsWith(site) || !java.nio.file.Files.exists(named)) {
                continue;
            }
            try {
                if (!named.toRealPath().startsWith(site.toRealPath())) {
                    String rel = SourceReader.relative(siteRoot, folder);
                    throw new BuildFailure(Problem.error(rel, 0, 0, rel + "/ is a link to a folder outside the site folder, which is not read",
                            "move the folder into the site folder, or give its own path with --source, --templates or --static"));
                }
            } catch (java.io.IOException e) {
                // not readable: reading it reports that
            }
        }
    }

    /**
     * Refuses a static folder that holds, or lies inside, the source or templates folder, or holds the
     * configuration file: everything in it is published as it is, so {@code --static seeds} or
     * {@code --static .} published the articles, drafts and all, the configuration and Gazette's own
     * files beside the output folder. (The output folder is refused with the others above.)
     *
     * @throws BuildFailure naming the static folder
     */
    public void refuseStaticFolderHoldingSources() {
        if (!java.nio.file.Files.isDirectory(staticDir)) {
            return; // none, so nothing is published from it (--source static on a site without one is no clash)
        }
        Path published = staticDir.toAbsolutePath().normalize();
        String staticRel = SourceReader.relative(siteRoot, staticDir);
        String staticName = staticRel.isEmpty() ? "./" : staticRel + "/";
        for (Path folder : List.of(sourceDir, templates)) {
            Path other = folder.toAbsolutePath().normalize();
            if (published.startsWith(other) || other.startsWith(published)) {
                String otherRel = SourceReader.relative(siteRoot, folder);
                String otherName = otherRel.isEmpty() ? "./" : otherRel + "/";
                throw new BuildFailure(Problem.error(staticRel.isEmpty() ? "." : staticRel, 0, 0,
                        "the static folder " + staticName + " and " + otherName + " are inside one another, so a build would publish "
                                + otherName + " as it is, drafts and all", "choose a folder of its own with --static"));
            }
        }
        if (configFile.toAbsolutePath().normalize().startsWith(published)) {
            throw new BuildFailure(Problem.error(staticRel.isEmpty() ? "." : staticRel, 0, 0,
                    "the static folder " + staticName + " holds the configuration " + SourceReader.relative(siteRoot, configFile)
                            + ", so a build would publish it", "choose a folder of its own with --static"));
        }
    }

    public BuildOptions withOutput(Path dir) {
        return new BuildOptions(siteRoot, sourceDir, templates, staticDir, configFile, dir, baseUrl, drafts);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteRoot, sourceDir, templates, staticDir, configFile, outputDir, Optional.of(url), drafts);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(siteRoot, sourceDir, templates, staticDir, configFile, outputDir, baseUrl, include);
    }
}
