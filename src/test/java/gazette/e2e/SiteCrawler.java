package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows every internal link, stylesheet, script and image of a built site as a browser would
 * with the site served at {@code base}, and lists those that lead nowhere (a missing file or a
 * missing {@code #anchor}).
 */
final class SiteCrawler {
    private SiteCrawler() {
    }

    static List<String> brokenLinks(TestSite site, String base) {
        URI baseUri = URI.create(base);
        List<String> broken = new ArrayList<>();
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            String pageUrl = base + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
            // GitHub Pages serves 404.html for any missing path, at any depth: check it from a deep one.
            if (file.equals("404.html")) {
                pageUrl = base + "some/missing/page/";
            }
            Document doc = org.jsoup.Jsoup.parse(site.text(file), pageUrl);
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String raw = el.attr(attr);
                if (raw.startsWith("#")) {
                    if (raw.length() > 1 && doc.getElementById(raw.substring(1)) == null) {
                        broken.add(file + ": " + raw + " -> no such anchor on the page");
                    }
                    continue;
                }
                URI target = URI.create(pageUrl).resolve(raw.replace(" ", "%20"));
                String abs = target.toString();
                if (!abs.startsWith(base)) {
                    if (target.getHost() != null && target.getHost().equals(baseUri.getHost())) {
                        broken.add(file + ": " + raw + " leaves the site's base path");
                    }
                    continue;
                }
                String path = target.getPath().substring(baseUri.getPath().length());
                String targetFile = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                if (!site.exists(targetFile)) {
                    broken.add(file + ": " + raw + " -> missing " + targetFile);
                    continue;
                }
                String fragment = target.getFragment();
                if (fragment != null && !fragment.isEmpty() && targetFile.endsWith(".html")) {
                    Document t = targetFile.equals(file) ? doc : org.jsoup.Jsoup.parse(site.text(targetFile));
                    if (t.getElementById(fragment) == null) {
                        broken.add(file + ": " + raw + " -> no #" + fragment + " in " + targetFile);
                    }
                }
            }
        }
        return broken;
    }
}
