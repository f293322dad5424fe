package gazette.render;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.SymbolicLinks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme's static files ({@code assets/} beside the templates), published under names that carry
 * a hash of their content ({@code assets/style.3f9a1c2b7d.css}), so browsers may cache them forever
 * and still see every change. A file in the site's {@code templates/assets/} replaces the built-in
 * one of the same name.
 *
 * @param files  the files to write
 * @param byName each asset's name ({@code style.css}) to its published path ({@code assets/style.….css})
 */
public record ThemeAssets(List<OutputFile> files, Map<String, String> byName) {

    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    public ThemeAssets {
        files = List.copyOf(files);
        byName = java.util.Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /**
     * The built-in theme's assets with the site's own ({@code templates/assets/}) over them.
     *
     * @param siteTemplatesRel the site's templates folder relative to the site folder, as problems name it
     */
    public static ThemeAssets collect(Path siteTemplates, String siteTemplatesRel) {
        Map<String, byte[]> content = new TreeMap<>();
        readBuiltIn(content);
        Path siteAssets = siteTemplates.resolve("assets");
        if (Files.isDirectory(siteAssets)) {
            readTree(siteAssets, siteTemplates, siteTemplatesRel + "/assets", content);
        }
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> byName = new TreeMap<>();
        content.forEach((name, bytes) -> {
            String published = "assets/" + hashedName(name, bytes);
            files.add(new OutputFile(published, bytes));
            byName.put(name, published);
        });
        return new ThemeAssets(files, byName);
    }

    private static void readBuiltIn(Map<String, byte[]> into) {
        String folder = TemplateEngine.THEME + "/assets";
        URL url = ThemeAssets.class.getClassLoader().getResource(folder);
        if (url == null) {
            return;
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                readJar(jar.getJarFile(), folder + "/", into);
            } else {
                Path builtIn = Path.of(url.toURI());
                readTree(builtIn, builtIn, "(built-in theme)/assets", into);
            }
        } catch (URISyntaxException | IOException e) {
            throw new BuildFailure(Problem.error("(built-in theme)/assets", 0, 0, "cannot read theme assets: " + e.getMessage()));
        }
    }

    /**
     * The files under {@code prefix} in the jar Gazette runs from. Read through the jar's entries
     * rather than as a zip file system: setting that up took 25 ms of a small site's build.
     */
    private static void readJar(JarFile jar, String prefix, Map<String, byte[]> into) throws IOException {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && !name.contains("/.")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    into.put(name.substring(prefix.length()), in.readAllBytes());
                }
            }
        }
    }

    /**
     * Every file below {@code root}, named {@code rootRel} in problems; a link to a file outside
     * {@code bounds} is refused ({@link SymbolicLinks}).
     */
    private static void readTree(Path root, Path bounds, String rootRel, Map<String, byte[]> into) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) {
                    continue;
                }
                if (!SAFE_NAME.matcher(name).matches()) {
                    throw new BuildFailure(Problem.error(rootRel + "/" + name, 0, 0,
                            "asset file name '" + name + "' may only use letters, digits, '.', '-' and '_'"));
                }
                if (SymbolicLinks.leadsOutside(file, bounds)) {
                    throw new BuildFailure(Problem.error(rootRel + "/" + name, 1, 1,
                            SymbolicLinks.message("the asset", "the templates folder"), SymbolicLinks.HINT));
                }
                into.put(name, Files.readAllBytes(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailure(Problem.error(rootRel, 0, 0, "cannot read theme assets: " + e.getMessage()));
        }
    }

    /** {@code css/style.css} → {@code css/style.0a1b2c3d4e.css}. */
    static String hashedName(String name, byte[] bytes) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    }
}
