package gazette.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered files of one build. Pages are parsed (positions kept) when asked for and not kept: a
 * site's pages parsed all at once would hold the whole site as trees. The ids on each page, which
 * links' fragments are checked against, are kept once found. Safe to use from several threads.
 */
final class BuiltSite {
    private final Map<String, byte[]> files;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    BuiltSite(Map<String, byte[]> files) {
        this.files = files;
    }

    Set<String> paths() {
        return files.keySet();
    }

    /** A page parsed, with each element's place in the file when {@code positions} (which doubles the time). */
    Document page(String path, boolean positions) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(positions));
    }

    /**
     * Why the file is not well-formed XML, with where, as a strict parser (a feed reader's) finds it;
     * empty when it is. jsoup's XML parser, which {@link #xml} uses to read links, repairs what it
     * reads, so a template that writes a bad feed would pass it. No DTD or external entity is read.
     */
    Optional<XmlError> xmlError(String path) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not also printed
            builder.parse(new java.io.ByteArrayInputStream(files.get(path)));
            return Optional.empty();
        } catch (org.xml.sax.SAXParseException e) {
            return Optional.of(new XmlError(Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1), e.getMessage()));
        } catch (org.xml.sax.SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            return Optional.of(new XmlError(1, 1, String.valueOf(e.getMessage())));
        }
    }

    /** Where and why a file is not well-formed XML. */
    record XmlError(int line, int column, String message) {
    }

    Document xml(String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** The file a site path is served from: a folder means its {@code index.html}. */
    Optional<String> fileFor(String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        if (files.containsKey(file)) {
            return Optional.of(file);
        }
        // A folder link without its trailing slash still reaches the page: servers redirect it.
        return files.containsKey(sitePath + "/index.html") ? Optional.of(sitePath + "/index.html") : Optional.empty();
    }

    /**
     * Whether {@code #id} leads somewhere on page {@code file}: to the element with that id, or, for
     * {@code #top} in any case when no element has it, to the top of the page, as HTML defines.
     */
    boolean hasAnchor(String file, String id) {
        if (!file.endsWith(".html")) {
            return false;
        }
        return ids.computeIfAbsent(file, f -> ids(page(f, false))).contains(id) || id.equalsIgnoreCase("top");
    }

    /** Notes the ids of a page parsed anyway, so that a link to it need not parse it again. */
    void noteIds(String file, Document page) {
        ids.computeIfAbsent(file, f -> ids(page));
    }

    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    private static Set<String> ids(Document page) {
        Set<String> set = new HashSet<>();
        for (Element e : page.select(WITH_ID)) {
            set.add(e.id());
        }
        return set;
    }

    /**
     * Resolves a link found on page {@code fromPath} (a site path like {@code articles/x/}) to a site
     * path and fragment; empty when it points off the site. {@code basePath} ({@code /uk-kazakhstan/})
     * is where the site is served, for links written from the server root.
     */
    static Optional<Target> resolve(String fromPath, String link, String basePath) {
        return resolve(From.page(fromPath, basePath), link);
    }

    /** As {@link #resolve(String, String, String)}, from a page whose address was made once for all its links. */
    static Optional<Target> resolve(From from, String link) {
        URI uri;
        try {
            uri = new URI(link.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.of(new Target(null, null, "is not a valid URL"));
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            return Optional.empty();
        }
        URI abs = from.page().resolve(uri);
        String path = abs.getRawPath() == null ? "" : abs.getRawPath();
        String basePath = from.basePath();
        // Java keeps the ".." that would climb above the server's root ("/../x") where a browser drops it.
        if (!path.startsWith(basePath) || path.startsWith("/../") || path.equals("/..")) {
            return Optional.of(new Target(null, null, "leads outside the site (" + basePath + ")"));
        }
        Optional<String> sitePath = decodePath(path.substring(basePath.length()));
        return Optional.of(sitePath.isEmpty() ? new Target(null, null, "is not a valid URL")
                : new Target(sitePath.get(), abs.getFragment(), null));
    }

    /** A page's address as served under {@code basePath}, which its links are resolved against. */
    record From(URI page, String basePath) {
        static From page(String fromPath, String basePath) {
            return new From(URI.create("http://site" + basePath + fromPath), basePath);
        }
    }

    /**
     * A URL's path with its percent escapes decoded as UTF-8 ({@code tags/%E5%8C%97%E4%BA%AC/} is
     * {@code tags/北京/}); empty for a malformed escape. A {@code +} stays a plus: it means a space in
     * form data only.
     */
    static Optional<String> decodePath(String rawPath) {
        try {
            return Optional.of(java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A resolved link: a site path and fragment, or why it cannot be followed. */
    record Target(String path, String fragment, String error) {
    }
}
