package gazette.check;

import gazette.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where in the site's own templates a link is written, so that a broken one is reported at the
 * template line to mend rather than at a line of a page {@code check} built in memory (and never
 * wrote). A link is found when an {@code href} or {@code src} there is written as the page has it
 * ({@code "/about/"}, {@code "#top"}) or as the root path and then the address from the site's root
 * ({@code "${root}about/"}); one made wholly of values ({@code "${root}${t.path}"}) is not found, and
 * is reported at the page as before. The built-in theme's templates are not searched: their links
 * are Gazette's, tested with it.
 */
final class TemplateLinks {
    /** An attribute a link is written in, and its value, in either quotes. */
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** A value put first in the link: the climb to the site's root, as the theme writes it. */
    private static final Pattern LEADING_VALUE = Pattern.compile("^\\$\\{[^}]*}");

    /** A place a link is written: the template as problems name it, its line and column, and the link as written there. */
    record Place(String file, int line, int column, String written) {
    }

    private final Map<String, String> texts;

    private TemplateLinks(Map<String, String> texts) {
        this.texts = texts;
    }

    static final TemplateLinks NONE = new TemplateLinks(Map.of());

    /**
     * Reads the site's templates (not {@code assets/}); {@code rel} is the folder as problems name it.
     * A folder that cannot be read finds nothing: the build that came before read it already.
     */
    static TemplateLinks read(Path folder, String rel) {
        Map<String, String> texts = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("assets/") && name.matches(".*\\.ftl[hx]?")) {
                    texts.put(rel + "/" + name, SourceText.decode(rel + "/" + name, Files.readAllBytes(file)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        return new TemplateLinks(texts);
    }

    /**
     * The places the templates write a link that a page has as {@code onPage} and that leads, from
     * the site's root, to {@code fromRoot} (null for a link to an anchor on the same page).
     */
    List<Place> placesOf(String onPage, String fromRoot) {
        List<Place> places = new ArrayList<>();
        texts.forEach((file, text) -> {
            Matcher m = LINK_ATTRIBUTE.matcher(text);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                String written = m.group(group);
                if (writes(written, onPage, fromRoot)) {
                    int at = m.start(group);
                    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
                    int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                    places.add(new Place(file, line, at - lineStart + 1, written));
                }
            }
        });
        return places;
    }

    private static boolean writes(String written, String onPage, String fromRoot) {
        if (written.equals(onPage)) {
            return true;
        }
        if (fromRoot == null || fromRoot.isEmpty()) {
            return false;
        }
        Matcher lead = LEADING_VALUE.matcher(written);
        return lead.find() && written.substring(lead.end()).equals(fromRoot);
    }
}
