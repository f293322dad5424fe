package gazette.build;

import gazette.diag.Problem;
import gazette.site.Site;

import java.time.Duration;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param site     the site that was built
 * @param pages    how many files were written
 * @param warnings problems that did not stop the build
 * @param elapsed  wall time
 */
public record BuildResult(Site site, int pages, List<Problem> warnings, Duration elapsed) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
