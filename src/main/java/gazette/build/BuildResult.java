package gazette.build;

import gazette.config.SiteConfig;
import gazette.diag.Problem;
import gazette.site.Site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a successful build did.
 *
 * @param config   the site's configuration
 * @param site     the site that was built; empty when an incremental build found nothing changed and skipped making it
 * @param articles how many articles the site has
 * @param pages    how many files the site has
 * @param written  how many of them this build wrote (fewer than {@code pages} when it was incremental)
 * @param warnings problems that did not stop the build
 * @param elapsed  wall time
 */
public record BuildResult(SiteConfig config, Optional<Site> site, int articles, int pages, int written,
        List<Problem> warnings, Duration elapsed) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
