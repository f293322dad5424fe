package gazette.cli;

import gazette.build.BuildOptions;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code check} share: where the site is hosted, drafts, topic explanations. */
final class BuildFlags {
    @Option(names = "--base-url", paramLabel = "URL", converter = OptionValues.SiteAddress.class, description = "Where the site will be hosted, overriding baseUrl in the config.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--explain-topics", description = "Print which keywords gave each article and live update its topics.")
    boolean explainTopics;

    BuildOptions apply(BuildOptions opts) {
        BuildOptions withDrafts = opts.withDrafts(drafts);
        return baseUrl == null ? withDrafts : withDrafts.withBaseUrl(baseUrl);
    }
}
