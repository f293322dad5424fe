package gazette.check;

import gazette.render.PageTemplate;
import gazette.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where in the site's own templates a link is written, so that a broken one is reported at the
 * template line to mend rather than at a line of a page {@code check} built in memory (and never
 * wrote). A link is found when an {@code href} or {@code src} there is written as the page has it
 * ({@code "/about/"}, {@code "#top"}) or as the root path and then the address from the site's root
 * ({@code "${root}about/"}); one made wholly of values ({@code "${root}${t.path}"}) is not found, and
 * is reported at the page as before. Only templates that can have made the page are searched: its
 * own page template and those no page is made from (the layout, the macros, a site's partials). The
 * built-in theme's templates are not searched: their links are Gazette's, tested with it.
 */
final class TemplateLinks {
    /** An attribute a link is written in, and its value, in either quotes. */
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** A value put first in the link: the climb to the site's root, as the theme writes it. */
    private static final Pattern LEADING_VALUE = Pattern.compile("^\\$\\{[^}]*}");
    /** The templates pages are made from, each page from one; any other is shared by all (layout.ftlh, macros.ftlh). */
    private static final Set<String> PAGE_TEMPLATES = Stream.of(PageTemplate.values()).map(PageTemplate::fileName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A place a link is written.
     *
     * @param file     the template as problems name it ({@code templates/layout.ftlh})
     * @param template its name in the templates folder ({@code layout.ftlh})
     * @param written  the link as written there
     */
    record Place(String file, String template, int line, int column, String written) {
    }

    /** Every link written in the site's templates, read once. */
    private final List<Place> places;

    private TemplateLinks(List<Place> places) {
        this.places = places;
    }

    static final TemplateLinks NONE = new TemplateLinks(List.of());

    /**
     * Reads the site's templates (not {@code assets/}); {@code rel} is the folder as problems name it.
     * A folder that cannot be read finds nothing: the build that came before read it already.
     */
    static TemplateLinks read(Path folder, String rel) {
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        List<Place> places = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("assets/") && name.matches(".*\\.ftl[hx]?")) {
                    String shown = rel + "/" + name;
                    addPlaces(shown, name, SourceText.decode(shown, Files.readAllBytes(file)), places);
                }
            }
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        return new TemplateLinks(List.copyOf(places));
    }

    private static void addPlaces(String file, String template, String text, List<Place> places) {
        Matcher m = LINK_ATTRIBUTE.matcher(text);
        int line = 1;
        int lineStart = 0;
        int counted = 0;
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int at = m.start(group);
            for (; counted < at; counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                    lineStart = counted + 1;
                }
            }
            places.add(new Place(file, template, line, at - lineStart + 1, m.group(group)));
        }
    }

    /**
     * The places the templates that can have made {@code pages} write a link that a page has as
     * {@code onPage} and that leads, from the site's root, to {@code fromRoot} (null for a link to an
     * anchor on the same page).
     */
    List<Place> placesOf(String onPage, String fromRoot, Collection<String> pages) {
        Set<String> made = pages.stream().map(TemplateLinks::pageTemplateOf).collect(Collectors.toSet());
        return places.stream()
                .filter(p -> !PAGE_TEMPLATES.contains(p.template()) || made.contains(p.template()))
                .filter(p -> writes(p.written(), onPage, fromRoot))
                .toList();
    }

    /**
     * The template a page of the site is made from, by where the renderer puts it (SiteRenderer,
     * SitePaths): {@code articles/SLUG/} from article.ftlh, {@code topics/ID/} from topic.ftlh, and so on.
     */
    static String pageTemplateOf(String file) {
        String[] parts = file.split("/");
        if (parts.length == 1) {
            return file.equals("404.html") ? PageTemplate.NOT_FOUND.fileName() : PageTemplate.HOME.fileName();
        }
        return switch (parts[0]) {
            case "articles" -> PageTemplate.ARTICLE.fileName();
            case "timeline" -> PageTemplate.TIMELINE.fileName();
            case "search" -> PageTemplate.SEARCH.fileName();
            case "topics" -> parts.length == 2 ? PageTemplate.TOPICS.fileName() : PageTemplate.TOPIC.fileName();
            case "tags", "people", "places" -> parts.length == 2 ? PageTemplate.TAXONOMY.fileName() : PageTemplate.TERM.fileName();
            default -> "";
        };
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
