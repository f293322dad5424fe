package gazette.render;

import freemarker.cache.TemplateLoader;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.Fingerprint;
import gazette.source.SourceText;
import gazette.source.SymbolicLinks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The template texts one build uses, read once at its start: the site's {@code templates/} folder
 * (without {@code assets/}) over the built-in theme. Freemarker loads templates from this snapshot,
 * never from disk, so a template saved halfway through a build can not mix two versions into one
 * site, and a snapshot equal to the last one can reuse the templates already compiled.
 */
final class TemplateSources implements TemplateLoader {
    /** The built-in theme is part of the jar, so it is read once per process. */
    private static final Map<String, Optional<String>> THEME = new ConcurrentHashMap<>();

    private final Map<String, String> site;
    private final Fingerprint.Value fingerprint;

    private TemplateSources(Map<String, String> site) {
        this.site = Collections.unmodifiableMap(site);
        Fingerprint f = new Fingerprint();
        site.forEach((name, text) -> f.add(name).add(text));
        this.fingerprint = f.value();
    }

    static TemplateSources read(Path siteTemplates, String siteTemplatesRel) {
        Map<String, String> site = new TreeMap<>();
        if (Files.isDirectory(siteTemplates)) {
            try (Stream<Path> walk = Files.walk(siteTemplates)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = siteTemplates.relativize(file).toString().replace('\\', '/');
                    if (!name.startsWith("assets/") && !name.startsWith(".") && !name.contains("/.")) {
                        if (SymbolicLinks.leadsOutside(file, siteTemplates)) {
                            throw new BuildFailure(Problem.error(siteTemplatesRel + "/" + name, 1, 1,
                                    SymbolicLinks.message("the template", "the templates folder"), SymbolicLinks.HINT));
                        }
                        // As strictly as an article: a byte that is not UTF-8 is named at its line and column,
                        // and a byte-order mark does not end up at the top of every page.
                        site.put(name, SourceText.decode(siteTemplatesRel + "/" + name, Files.readAllBytes(file)));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new BuildFailure(Problem.error(siteTemplatesRel, 0, 0, "cannot read templates: " + e.getMessage()));
            }
        }
        return new TemplateSources(site);
    }

    /** Changes whenever any of the site's templates does; the theme changes only with Gazette. */
    Fingerprint.Value fingerprint() {
        return fingerprint;
    }

    boolean isSiteTemplate(String name) {
        return site.containsKey(name);
    }

    Optional<String> text(String name) {
        String own = site.get(name);
        return own != null ? Optional.of(own) : THEME.computeIfAbsent(name, TemplateSources::themeText);
    }

    private static Optional<String> themeText(String name) {
        if (name.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = TemplateSources.class.getClassLoader().getResourceAsStream(TemplateEngine.THEME + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Freemarker holds for a found template; equal texts are equal sources, so its cache keeps them. */
    private record Source(String name, String text) {
    }

    @Override
    public Object findTemplateSource(String name) {
        return text(name).map(t -> new Source(name, t)).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return 0;
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        return new StringReader(((Source) source).text());
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is open.
    }

    /** How Freemarker names this loader in an error, such as a missing included template. */
    @Override
    public String toString() {
        return "the site's templates folder, then the built-in theme";
    }
}
