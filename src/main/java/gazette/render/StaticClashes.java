package gazette.render;

import gazette.diag.Problem;
import gazette.site.SitePaths;
import gazette.source.MediaFile;
import gazette.source.StaticFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The static files that would stand where the site writes its own files, or whose names the output
 * can not carry. Hugo lets a static file silently win over a page, or lose to it, depending on the
 * version; here it is an error at the static file, naming what it clashes with, so nothing of either
 * is lost unseen. One exception:
 * {@code robots.txt} from the static folder replaces the generated one, as users of Hugo and Jekyll
 * rely on (the renderer then does not make its own).
 *
 * <p>Beyond the files a build makes this time, the folders the site keeps for its pages are closed
 * to static files whole: what they hold changes with the content (a new article, a new tag, a
 * changed stylesheet's hash), so a static file there would start clashing after an unrelated edit.
 */
final class StaticClashes {
    /** The only generated file a static file may replace. */
    static final String ROBOTS = "robots.txt";

    /** The site's own top-level folders, with what a build writes in each. */
    private static final Map<String, String> OWN_FOLDERS = Map.of(
            "articles", "the article pages",
            folder(SitePaths.TOPICS), "the topic pages and feeds",
            "tags", "the tag pages",
            "people", "the people pages",
            "places", "the place pages",
            folder(SitePaths.TIMELINE), "the timeline",
            folder(SitePaths.SEARCH), "the search page and its data",
            "assets", "the theme's stylesheets, scripts and icons",
            folder(MediaFile.OUTPUT_FOLDER), "the pictures and documents published from the source folder");

    /** The site's own files at the top of the output folder, with what each is. */
    private static final Map<String, String> OWN_FILES = Map.of(
            "index.html", "the home page",
            SitePaths.FEED, "the site's feed",
            SitePaths.SITEMAP, "the sitemap",
            "404.html", "the page shown for a missing address",
            ".nojekyll", "the marker that keeps GitHub Pages from running Jekyll",
            "CNAME", "the custom domain file made from cname in gazette.yml");

    private StaticClashes() {
    }

    /**
     * One error per static file that clashes, in the static files' order.
     *
     * @param statics the static files, in name order
     * @param made    the path of every file the render planned, the static files' own copies included
     *                (a path made by a page and a static file is listed twice)
     */
    static List<Problem> find(List<StaticFile> statics, Collection<String> made) {
        // The site's own paths: those planned, less each static file's own copy. Compared ignoring case: on
        // macOS and Windows, Index.html and index.html are one file, so a static Index.html would overwrite
        // the home page in a local build or under serve.
        Map<String, Integer> copies = new HashMap<>();
        statics.forEach(f -> copies.merge(f.published(), 1, Integer::sum));
        Map<String, List<String>> siteByFolded = new HashMap<>();
        for (String path : made) {
            int left = copies.getOrDefault(path, 0);
            if (left > 0) {
                copies.put(path, left - 1);
                continue;
            }
            siteByFolded.computeIfAbsent(fold(path), k -> new ArrayList<>()).add(path);
        }
        NavigableSet<String> folded = new TreeSet<>(siteByFolded.keySet());
        Map<String, List<StaticFile>> staticsByFolded = new HashMap<>();
        statics.forEach(f -> staticsByFolded.computeIfAbsent(fold(f.published()), k -> new ArrayList<>()).add(f));
        List<Problem> problems = new ArrayList<>();
        for (StaticFile file : statics) {
            String name = file.published();
            if (file.unpublishableName() != null) {
                problems.add(Problem.error(file.relPath(), 1, 1, file.unpublishableName(), "rename it"));
                continue;
            }
            String clash = clash(name, siteByFolded, folded);
            if (clash != null) {
                problems.add(Problem.error(file.relPath(), 1, 1, clash,
                        "rename or move it; of the site's own files, only " + ROBOTS + " may come from the static folder"));
                continue;
            }
            List<StaticFile> namesakes = staticsByFolded.get(fold(name));
            if (namesakes.size() > 1) {
                // Two static files of one name but for case (A.txt, a.txt), which the site writes neither of.
                StaticFile other = namesakes.get(namesakes.get(0) == file ? 1 : 0);
                problems.add(Problem.error(file.relPath(), 1, 1, "has the name of " + other.relPath() + " where names ignore"
                        + " case, as on macOS and Windows, where one would overwrite the other", "rename one of them"));
            }
        }
        return problems;
    }

    /**
     * Why a static file published at {@code name} clashes with the site's files; null when it does not.
     *
     * @param byFolded the site's own paths by their lower-case form
     * @param folded   the same lower-case forms, sorted
     */
    private static String clash(String name, Map<String, List<String>> byFolded, NavigableSet<String> folded) {
        int slash = name.indexOf('/');
        String top = fold(slash < 0 ? name : name.substring(0, slash));
        if (OWN_FOLDERS.containsKey(top)) {
            return "clashes with the site's own folder " + top + "/, which holds " + OWN_FOLDERS.get(top)
                    + "; static files can not go in it";
        }
        List<String> same = byFolded.getOrDefault(fold(name), List.of());
        if (!same.isEmpty()) {
            String other = same.get(0);
            return "clashes with " + describe(other) + ", which the site writes at " + other
                    + (other.equals(name) ? "" : " (the same file where names ignore case, as on macOS and Windows)");
        }
        for (int at = name.indexOf('/'); at >= 0; at = name.indexOf('/', at + 1)) {
            List<String> files = byFolded.get(fold(name.substring(0, at)));
            if (files != null) {
                String folder = files.get(0);
                return "clashes with " + describe(folder) + ", a file the site writes at " + folder
                        + ", where this file needs a folder";
            }
        }
        String inside = folded.ceiling(fold(name) + "/");
        if (inside != null && inside.startsWith(fold(name) + "/")) {
            String path = byFolded.get(inside).get(0);
            return "clashes with " + describe(path) + ", which the site writes at " + path + ", inside a folder " + name
                    + " where this is a file";
        }
        return null;
    }

    private static String fold(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    /** What the site's file at {@code path} is, in words. */
    private static String describe(String path) {
        String own = OWN_FILES.get(path);
        return own != null ? own : "a file of the site";
    }

    private static String folder(String path) {
        return path.substring(0, path.length() - 1);
    }
}
