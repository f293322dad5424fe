package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Site: the seed site with its language set to Arabic (right to left), and as it ships (English).
 * Features tested: every page of a right-to-left site says so ({@code dir="rtl"}), so browsers lay it
 * out from the right (the theme's style sheet uses logical properties: its rules and indents follow);
 * a left-to-right site's pages carry no {@code dir} at all.
 */
class RightToLeftTest {

    @Test
    void everyPageOfAnArabicSiteIsLaidOutRightToLeft(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.seedCopy(dir);
        Path config = dir.resolve("gazette.yml");
        Files.writeString(config, Files.readString(config).replaceFirst("(?m)^language: .*$", "language: ar"));
        site.build();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertEquals("rtl", site.html(file).selectFirst("html").attr("dir"), file);
                assertEquals("ar", site.html(file).selectFirst("html").attr("lang"), file);
            }
        }
    }

    @Test
    void anEnglishSitesPagesCarryNoDirection(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).build();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertFalse(site.html(file).selectFirst("html").hasAttr("dir"), file);
            }
        }
    }
}
