package gazette.cli;

import gazette.build.Build;
import gazette.build.BuildOptions;
import gazette.build.BuildResult;
import gazette.check.SiteChecker;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.output.MemorySink;
import gazette.site.Site;
import gazette.source.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/**
 * {@code gazette check}: builds the site in memory (writing nothing) and checks content and
 * result: front matter, topics, duplicate slugs, dates, alt text, every internal link and anchor,
 * feeds and sitemap. One line per problem.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the content and the built site; prints one line per problem.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Mixin
    SiteOptions site;

    @Mixin
    BuildFlags flags;

    @Override
    public Integer call() {
        BuildOptions opts = flags.apply(site.resolve(gazette.siteRoot()));
        MemorySink memory = MemorySink.withoutCopiedBytes();
        BuildResult result;
        try {
            result = Build.run(opts, memory);
        } catch (BuildFailure failure) {
            ProblemReport.printChecked(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        }
        Problems problems = new Problems(1000);
        result.warnings().forEach(problems::add);
        Site site = result.site().orElseThrow(); // a clean build in memory always makes the site
        new SiteChecker(site, memory.files(), SourceReader.relative(opts.siteRoot(), opts.outputDir()), opts.templates(),
                SourceReader.relative(opts.siteRoot(), opts.templates()), problems).checkAll();
        problems.shown().forEach(gazette.err()::println);
        if (problems.notShown() > 0) {
            gazette.err().println("... and " + problems.notShown() + " more problems");
        }
        if (flags.explainTopics) {
            TopicExplanation.print(gazette.out(), site.articles());
        }
        if (problems.hasErrors()) {
            gazette.err().println("gazette check: " + ProblemReport.count(problems.errorCount(), "error"));
            return Gazette.CONTENT_ERROR;
        }
        int warnings = problems.warningCount();
        gazette.out().println("No errors in " + ProblemReport.count(site.articles().size(), "article") + " and " + result.pages()
                + " files" + (warnings == 0 ? "." : " (" + ProblemReport.count(warnings, "warning") + ")."));
        return 0;
    }
}
