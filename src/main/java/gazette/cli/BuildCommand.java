package gazette.cli;

import gazette.build.Build;
import gazette.build.BuildOptions;
import gazette.build.BuildResult;
import gazette.build.IncrementalBuild;
import gazette.build.SourceChanges;
import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.output.DirectorySink;
import gazette.source.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gazette build}: the site into the output folder, redoing only what changed since the last
 * build there; input with errors changes nothing.
 */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Mixin
    SiteOptions site;

    @Mixin
    BuildFlags flags;

    @Option(names = "--clean", description = "Build everything from scratch, ignoring the cache the last build left "
            + "beside the output folder.")
    boolean clean;

    @Override
    public Integer call() {
        BuildOptions opts = flags.apply(site.resolve(gazette.siteRoot()));
        try {
            BuildResult result = new IncrementalBuild(opts, new DirectorySink(opts.outputDir(),
                    SourceReader.relative(opts.siteRoot(), opts.outputDir()))).run(clean, flags.explainTopics, SourceChanges.UNKNOWN);
            Problems.warningLines(result.warnings(), Build.PROBLEM_CAP).forEach(gazette.err()::println);
            if (flags.explainTopics) {
                TopicExplanation.print(gazette.out(), result.site().orElseThrow().articles());
            }
            gazette.out().printf(Locale.ROOT, "Built %d files (%d written) from %s in %d ms into %s%n",
                    result.pages(), result.written(), ProblemReport.count(result.articles(), "article"), result.elapsed().toMillis(),
                    SourceReader.relative(opts.siteRoot(), opts.outputDir()) + "/");
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        }
    }
}
