package gazette.render;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The client-side search library, published with the theme's assets as {@code lunr.js} (hashed
 * like them), so the search page loads it as {@code ${root}${assets['lunr.js']}}.
 *
 * <p>Why lunr: it is the most widely used search library that runs entirely in the browser (the
 * search of many static-site themes and documentation tools), small (30 KB minified, no
 * dependencies), stable (2.x API unchanged since 2017) and MIT-licensed. It ranks with BM25, stems
 * English words, boosts fields and supports prefix queries, which is what a news archive's search
 * needs. It comes from Maven Central as a WebJar, so the build pins and verifies it like any other
 * dependency and needs neither npm nor a network at build time.
 *
 * <p>A site may ship its own {@code templates/assets/lunr.js}; it then replaces this one.
 */
final class SearchLibrary {
    static final String ASSET = "lunr.js";
    private static final String POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    private SearchLibrary() {
    }

    /** The theme's assets plus lunr, unless the site's theme already has a {@code lunr.js}. */
    static ThemeAssets addTo(ThemeAssets theme) {
        if (theme.byName().containsKey(ASSET)) {
            return theme;
        }
        byte[] script = read();
        String published = "assets/" + ThemeAssets.hashedName(ASSET, script);
        List<OutputFile> files = new ArrayList<>(theme.files());
        files.add(new OutputFile(published, script));
        Map<String, String> byName = new TreeMap<>(theme.byName());
        byName.put(ASSET, published);
        return new ThemeAssets(files, byName);
    }

    private static byte[] read() {
        ClassLoader loader = SearchLibrary.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream(POM)) {
            if (pom == null) {
                throw missing(POM);
            }
            Properties p = new Properties();
            p.load(pom);
            String path = "META-INF/resources/webjars/lunr/" + p.getProperty("version") + "/lunr.min.js";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw missing(path);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildFailure missing(String path) {
        return new BuildFailure(Problem.error("(built-in theme)/assets", 0, 0,
                "the search library is missing from the class path: " + path + " (org.webjars.npm:lunr)"));
    }
}
