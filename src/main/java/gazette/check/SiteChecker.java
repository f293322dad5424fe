package gazette.check;

import gazette.config.BaseUrl;
import gazette.content.Article;
import gazette.content.MediaLink;
import gazette.content.Position;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.source.MediaFile;
import gazette.source.StaticFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a built site. Links an author wrote are reported at their line in the source file; links
 * the templates made are reported at their line in the output page, so a broken theme is found too.
 * Pages are checked as served under the configured base path and at the root.
 */
public final class SiteChecker {
    /**
     * Where pages hold an article's own text, whose links are checked against the source instead.
     * Queries are parsed once: given as text, jsoup parses the query again at every call, which for
     * this one, asked of every link, was about 4 % of checking 10,000 articles.
     */
    private static final Evaluator AUTHOR_TEXT = QueryParser.parse(".article-body, .update-body");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], script[src], img[src], source[src]");
    private final Site site;
    private final BuiltSite built;
    /** The output paths of the static folder's files. */
    private final Set<String> statics;
    private final String outputRel;
    private final Problems problems;
    private final TemplateLinks templateLinks;

    /**
     * @param files     the rendered site, path to content
     * @param outputRel the output folder relative to the site folder, for problems about pages
     * @param templates the site's templates folder, and the same as problems name it, where a broken
     *                  link the templates put on pages is looked for
     */
    public SiteChecker(Site site, Map<String, byte[]> files, String outputRel, Path templates, String templatesRel, Problems problems) {
        this.site = site;
        this.built = new BuiltSite(files);
        this.statics = site.statics().stream().map(StaticFile::published).collect(Collectors.toSet());
        this.outputRel = outputRel;
        this.problems = problems;
        this.templateLinks = TemplateLinks.read(templates, templatesRel);
    }

    public void checkAll() {
        for (Article article : site.articles()) {
            checkSourceLinks(article);
        }
        BaseUrl base = site.config().baseUrl();
        // Pages are parsed and checked in parallel, each into its own list; the lists are added in the
        // pages' order, so that which problems a full Problems keeps does not depend on timing.
        // The static folder's files are the site author's, published as they are (a search engine's
        // verification file is no page): links may lead to them, but what they hold is not checked.
        List<String> pages = new TreeSet<>(built.paths()).stream().filter(file -> file.endsWith(".html") && !statics.contains(file))
                .toList();
        List<List<BrokenLink>> found = pages.parallelStream().map(file -> {
            // Parsed without keeping where each element was, which takes half as long; a page with a
            // broken link is parsed again with positions, for the report's line and column.
            Document doc = built.page(file, false);
            built.noteIds(file, doc);
            List<BrokenLink> onPage = checkPage(file, doc, base.path());
            return onPage.isEmpty() ? onPage : checkPage(file, built.page(file, true), base.path());
        }).toList();
        reportOncePerTarget(found);
        checkFeedsAndSitemap(base);
    }

    /**
     * A broken link the templates put on a page, with what it leads to ({@code no page about/}, and
     * whether only when served at /), which is the same on every page that has it however the link is
     * written there ({@code ../../about/} on an article, {@code about/} on the home page).
     */
    private record BrokenLink(String target, Problem problem, String page, String url, String fromRoot, String why) {
    }

    /**
     * One report per broken target, at the first page that has it, saying on how many pages it is: a
     * link in the frame template broke on every page, and the report was that one line a hundred times.
     */
    private void reportOncePerTarget(List<List<BrokenLink>> pagesInOrder) {
        Map<String, List<BrokenLink>> byTarget = new LinkedHashMap<>();
        pagesInOrder.forEach(onPage -> onPage.forEach(link ->
                byTarget.computeIfAbsent(link.target(), t -> new ArrayList<>()).add(link)));
        // A template line may break links to several targets ("about/" from the home page and from each
        // article's folder): it is reported once, with every page it breaks on.
        Map<TemplateLinks.Place, WrittenHere> atTemplates = new LinkedHashMap<>();
        for (List<BrokenLink> same : byTarget.values()) {
            // An ordinary page where there is one: 404.html sorts first, but is the last page anyone opens.
            BrokenLink first = same.stream().filter(l -> !l.page().equals("404.html")).findFirst().orElse(same.get(0));
            Problem atPage = first.problem();
            Set<String> pages = new java.util.TreeSet<>();
            same.forEach(l -> pages.add(l.page()));
            List<TemplateLinks.Place> written = templateLinks.placesOf(first.url(), first.fromRoot(), pages);
            if (!written.isEmpty()) {
                written.forEach(place -> atTemplates.computeIfAbsent(place, p -> new WrittenHere(first, new java.util.LinkedHashSet<>()))
                        .pages().addAll(same.stream().map(l -> l.problem().file()).toList()));
            } else {
                problems.add(pages.size() == 1 ? atPage : new Problem(atPage.severity(), atPage.file(), atPage.line(), atPage.column(),
                        atPage.message() + " (on " + pages.size() + " pages; a link in a template?)", atPage.hint()));
            }
        }
        atTemplates.forEach((place, here) -> {
            Problem atPage = here.first().problem();
            String onPages = here.pages().size() == 1 ? atPage.file() : here.pages().size() + " pages, such as " + atPage.file();
            problems.add(new Problem(atPage.severity(), place.file(), place.line(), place.column(),
                    "broken link '" + place.written() + "'" + here.first().why() + " (on " + onPages + ")", atPage.hint()));
        });
    }

    /** A broken link a template writes: the first of its reports, and the pages (as problems name them) it breaks on. */
    private record WrittenHere(BrokenLink first, Set<String> pages) {
    }

    private void checkSourceLinks(Article article) {
        String page = SitePaths.article(article.slug());
        Map<String, String> toMedia = new HashMap<>();
        Map<String, String> missingMedia = new HashMap<>();
        for (MediaLink m : article.media()) {
            if (m.published()) {
                toMedia.put(m.url(), m.address());
            } else {
                missingMedia.put(m.url(), m.file());
            }
        }
        for (Position link : article.links()) {
            String url = link.what();
            if (missingMedia.containsKey(url)) {
                // Not a page that is missing but the file to publish: say which, where the writer keeps it.
                problems.error(link.file(), link.line(), link.column(), "broken link '" + url + "': no file " + missingMedia.get(url)
                        + " in the source folder to publish");
                continue;
            }
            // Written from the site root, or naming a media file: the renderer makes it relative to the
            // page, or leads it to the file's published copy, so check it that way.
            String asRendered = toMedia.containsKey(url) ? toMedia.get(url)
                    : url.startsWith("/") && !url.startsWith("//") ? "../../" + url.substring(1) : url;
            Optional<BuiltSite.Target> target = BuiltSite.resolve(page, asRendered, "/");
            target.flatMap(this::problem).ifPresent(message ->
                    problems.error(link.file(), link.line(), link.column(), "broken link '" + url + "': " + message));
        }
    }

    /** A link as written from the site's root: without the climb to it or the base path before it. */
    private String fromRoot(String url) {
        String base = site.config().baseUrl().path();
        return url.startsWith(base) ? url.substring(base.length()) : url.replaceFirst("^(\\./)?(\\.\\./)*", "");
    }

    /** The broken links on one page, at the base path and, but for the 404 page, at the root. */
    private List<BrokenLink> checkPage(String file, Document doc, String basePath) {
        List<BrokenLink> onPage = new ArrayList<>();
        Set<Element> broken = checkPage(file, doc, basePath, Set.of(), onPage);
        if (!basePath.equals("/") && !file.equals("404.html")) {
            checkPage(file, doc, "/", broken, onPage);
        }
        return onPage;
    }

    /**
     * Checks the links the templates put on one page; links inside an article's own text were
     * checked at their source line already. Returns the elements found broken, so a second pass at
     * another base path reports only what breaks there alone.
     */
    private Set<Element> checkPage(String file, Document doc, String basePath, Set<Element> alreadyBroken, List<BrokenLink> report) {
        Set<Element> broken = new HashSet<>();
        String pagePath = file.equals("index.html") ? "" : file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length()) : file;
        // GitHub Pages serves 404.html in place of any missing page, so its links must work from any depth.
        String from = file.equals("404.html") ? "any/missing/page/" : pagePath;
        BuiltSite.From fromPage = BuiltSite.From.page(from, basePath);
        for (Element el : doc.select(LINKS)) {
            // closest: the link's own ancestors. (Selecting in el.parents() searched the whole page,
            // html being one of them, for every link: quadratic, and on article pages it skipped the
            // template's links too, as the page has an article body somewhere.)
            if (alreadyBroken.contains(el) || el.closest(AUTHOR_TEXT) != null) {
                continue;
            }
            String attr = el.hasAttr("href") ? "href" : "src";
            String url = el.attr(attr);
            Optional<BuiltSite.Target> target = url.startsWith("#")
                    ? Optional.of(new BuiltSite.Target(pagePath, url.substring(1), null))
                    : BuiltSite.resolve(fromPage, url);
            target.flatMap(this::problem).ifPresent(message -> {
                broken.add(el);
                var pos = el.sourceRange().start();
                String why = (basePath.equals("/") ? " when served at /" : "") + ": " + message;
                // An anchor on the page itself names another page on each: the same mistake by its fragment.
                // Otherwise by what it says and the address from the root ("../../about/" on an article is "about/"
                // on the home page and "/sub/about/" on the 404 page): "is not a valid URL" says nothing of which link.
                String mistake = url.startsWith("#") ? "same page " + url + (basePath.equals("/") ? " at /" : "")
                        : why + " " + fromRoot(url);
                report.add(new BrokenLink(mistake, Problem.error(outputRel + "/" + file, Math.max(pos.lineNumber(), 1),
                        Math.max(pos.columnNumber(), 1), "broken link '" + url + "'" + why), file, url,
                        url.startsWith("#") ? null : fromRoot(url), why));
            });
        }
        return broken;
    }

    /** What is wrong with a resolved link, if anything. */
    private Optional<String> problem(BuiltSite.Target target) {
        if (target.error() != null) {
            return Optional.of(target.error());
        }
        Optional<String> file = built.fileFor(target.path());
        if (file.isEmpty()) {
            return Optional.of("no page " + (target.path().isEmpty() ? "/" : target.path()));
        }
        String fragment = target.fragment();
        // A media or static file's fragment is for its viewer (a PDF's #page=2), not an id to look for.
        if (fragment != null && !fragment.isEmpty() && !file.get().startsWith(MediaFile.OUTPUT_FOLDER)
                && !statics.contains(file.get()) && !built.hasAnchor(file.get(), fragment)) {
            return Optional.of("no anchor #" + fragment + " on " + (target.path().isEmpty() ? "the home page" : target.path()));
        }
        return Optional.empty();
    }

    private void checkFeedsAndSitemap(BaseUrl base) {
        for (String file : new TreeSet<>(built.paths())) {
            boolean feed = file.endsWith("feed.xml");
            boolean sitemap = file.equals(SitePaths.SITEMAP);
            if (!feed && !sitemap || statics.contains(file)) {
                continue;
            }
            Optional<BuiltSite.XmlError> malformed = built.xmlError(file);
            if (malformed.isPresent()) {
                BuiltSite.XmlError error = malformed.get();
                problems.error(outputRel + "/" + file, error.line(), error.column(), "not well-formed XML, which feed readers refuse: "
                        + error.message());
                continue;
            }
            Document xml = built.xml(file);
            for (Element el : xml.select(feed ? "link[href]" : "loc")) {
                String url = feed ? el.attr("href") : el.text();
                String message = null;
                if (!url.startsWith(base.value())) {
                    message = "is not under the base URL " + base.value();
                } else {
                    // A live blog's feed links each entry to its update's anchor on the blog's page.
                    String rest = url.substring(base.value().length());
                    int hash = rest.indexOf('#');
                    Optional<String> path = BuiltSite.decodePath(hash < 0 ? rest : rest.substring(0, hash));
                    Optional<String> page = path.flatMap(built::fileFor);
                    if (path.isEmpty()) {
                        message = "is not a valid URL";
                    } else if (page.isEmpty()) {
                        message = "names a page that does not exist";
                    } else if (hash >= 0 && !built.hasAnchor(page.get(),
                            BuiltSite.decodePath(rest.substring(hash + 1)).orElse(rest.substring(hash + 1)))) {
                        message = "names an anchor that is not on its page";
                    }
                }
                if (message != null) {
                    problems.error(outputRel + "/" + file, 0, 0, "'" + url + "' " + message);
                }
            }
        }
    }
}
