package gazette.e2e;

import gazette.testing.TestSite;

import java.nio.file.Path;

/** {@link RussianSiteTest}'s fixture, for the browser tests in another package. */
public final class RussianSiteTestAccess {
    private RussianSiteTestAccess() {
    }

    public static TestSite site(Path dir) {
        return RussianSiteTest.russianSite(dir, "");
    }

    /** The same articles on a site in {@code language}. */
    public static TestSite site(Path dir, String language) {
        return RussianSiteTest.site(dir, language, "");
    }
}
