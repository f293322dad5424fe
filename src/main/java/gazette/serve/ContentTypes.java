package gazette.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type for a served file, by name; text types say UTF-8, which is what Gazette writes. */
final class ContentTypes {
    private static final String UTF8 = "; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("atom", "application/atom+xml" + UTF8),
            Map.entry("rss", "application/rss+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("feed.xml")) {
            // Gazette's feeds are Atom; the specific type lets feed readers and browsers recognise them.
            return "application/atom+xml" + UTF8;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            // CNAME, .nojekyll: small text files for the host.
            return "text/plain" + UTF8;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }
}
