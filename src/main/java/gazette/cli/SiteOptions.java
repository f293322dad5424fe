package gazette.cli;

import gazette.build.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The folder options every command shares, with the contract's defaults. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = "seeds", description = "Article folder (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates overriding the built-in theme (default: ${DEFAULT-VALUE}).")
    String templates;

    @Option(names = "--static", paramLabel = "DIR", defaultValue = "static",
            description = "Files published as they are, at the same paths (default: ${DEFAULT-VALUE}; may be missing).")
    String staticDir;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yml", description = "Site configuration (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output", description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    String output;

    /** The command these options belong to, for usage errors (exit 2). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The options against the site folder.
     *
     * @throws ParameterException for an empty folder name (which would mean the site folder itself), or a
     *                            {@code --templates} or {@code --static} folder given but missing: without
     *                            the check the built-in theme was used, or nothing published, and the typo
     *                            went unnoticed
     */
    BuildOptions resolve(Path siteRoot) {
        for (String[] option : new String[][] {{"--source", source}, {"--templates", templates}, {"--static", staticDir},
                {"--config", config}, {"--output", output}}) {
            if (option[1].isBlank()) {
                throw new ParameterException(command.commandLine(), option[0] + " needs a name, not an empty one");
            }
        }
        requireFolderIfGiven("--templates", templates, siteRoot, "a missing templates/ folder means the built-in theme");
        requireFolderIfGiven("--static", staticDir, siteRoot, "a missing static/ folder means no static files");
        return new BuildOptions(siteRoot, siteRoot.resolve(source), siteRoot.resolve(templates), siteRoot.resolve(staticDir),
                siteRoot.resolve(config), siteRoot.resolve(output), Optional.empty(), false);
    }

    /** A folder option given on the command line must name a folder; its default may be missing. */
    private void requireFolderIfGiven(String option, String value, Path siteRoot, String withoutIt) {
        boolean given = command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption(option);
        if (given && !Files.isDirectory(siteRoot.resolve(value))) {
            String what = Files.exists(siteRoot.resolve(value)) ? "a file, not a folder" : "no such folder";
            throw new ParameterException(command.commandLine(), option + " " + value + ": " + what
                    + " (without " + option + ", " + withoutIt + ")");
        }
    }
}
