package gazette.cli;

import gazette.build.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The folder options every command shares, with the contract's defaults. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = "seeds", description = "Article folder (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates overriding the built-in theme (default: ${DEFAULT-VALUE}).")
    String templates;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yml", description = "Site configuration (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output", description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    String output;

    BuildOptions resolve(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve(source), siteRoot.resolve(templates), siteRoot.resolve(config),
                siteRoot.resolve(output), Optional.empty(), false);
    }
}
