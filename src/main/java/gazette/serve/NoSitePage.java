package gazette.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code serve} answers for every page while there is no site to serve: its first build
 * failed and the output folder holds none from before. A bare 404 would say nothing of why and,
 * carrying no live-reload script, the tab would never learn the file was fixed. This page shows
 * the problems as the script's overlay does (the script takes the box over and keeps it current)
 * and carries the script, which reloads the tab into the site once a build succeeds.
 */
final class NoSitePage {
    /**
     * The build id the page carries: never a real build's, so a page that missed the {@code reload}
     * sees on connecting that the server has a build it does not show, and reloads.
     */
    static final String BUILD = "none";
    static final String TITLE = "The site did not build, and there is no earlier version to show. Fix the file and save:";

    private NoSitePage() {
    }

    /** The page, as UTF-8, with the script tag; each problem line escaped. */
    static byte[] html(List<ProblemLine> problems) {
        // The empty icon spares the browser asking for /favicon.ico, which is outside a sub-path and not there.
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The site did not build</title>
                <link rel="icon" href="data:,">
                </head>
                <body style="margin:0;background:#111;">
                <div id="gazette-problems" role="alert" style="margin:1rem;padding:1rem 1.25rem;color:#fff;\
                border:3px solid #ff6b6b;border-radius:6px;font:15px/1.5 system-ui,sans-serif;">
                <p style="margin:0 0 .5rem;font-weight:bold;color:#ffb3b3;">""");
        page.append(escape(TITLE)).append("</p>\n<ul style=\"").append(escape(ProblemLook.LIST)).append("\">\n");
        for (ProblemLine line : problems) {
            page.append(ProblemLook.html(line));
        }
        page.append("</ul>\n</div>\n</body>\n</html>\n");
        return ReloadScript.inject(page.toString().getBytes(StandardCharsets.UTF_8), BUILD);
    }

    /** Text as HTML content or attribute value: the five characters that could end either. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
