package gazette.cli;

import gazette.build.Build;
import gazette.build.BuildOptions;
import gazette.build.BuildResult;
import gazette.diag.BuildFailure;
import gazette.output.DirectorySink;
import gazette.source.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gazette build}: the whole site into the output folder, or nothing at all. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Mixin
    SiteOptions site;

    @Mixin
    BuildFlags flags;

    @Option(names = "--clean", description = "Build from scratch. Every build is complete today; kept for scripts that pass it.")
    boolean clean;

    @Override
    public Integer call() {
        BuildOptions opts = flags.apply(site.resolve(gazette.siteRoot()));
        try {
            BuildResult result = Build.run(opts, new DirectorySink(opts.outputDir(),
                    SourceReader.relative(opts.siteRoot(), opts.outputDir())));
            result.warnings().forEach(w -> gazette.err().println(w));
            if (flags.explainTopics) {
                TopicExplanation.print(gazette.out(), result.site().articles());
            }
            gazette.out().printf(Locale.ROOT, "Built %d files from %d articles in %d ms into %s%n", result.pages(),
                    result.site().articles().size(), result.elapsed().toMillis(),
                    SourceReader.relative(opts.siteRoot(), opts.outputDir()) + "/");
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        }
    }
}
