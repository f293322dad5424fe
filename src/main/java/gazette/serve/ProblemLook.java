package gazette.serve;

import gazette.render.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code serve} shows a failed build's lines in the page, the same in the page the server
 * writes ({@link NoSitePage}) and in the overlay its script draws ({@link ReloadScript}). An error
 * is tagged "Error" in words (a screen reader says it; colour alone would say nothing to some
 * eyes), in white on a tinted band with a red edge; a warning is tagged "Warning" in its own colour
 * and its text is dimmer, so the error that stopped the build is seen first among them. The styles
 * are inline: the page's own style sheet must not change them, nor they the page.
 */
final class ProblemLook {
    static final String LIST = "margin:0;padding:0;list-style:none;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;";
    private static final String ITEM = "margin:.35rem 0;padding:.2rem .5rem;white-space:pre-wrap;overflow-wrap:anywhere;"
            + "border-left:4px solid transparent;border-radius:2px;";
    private static final String TAG = "display:inline-block;margin-right:.35rem;padding:0 .4rem;border-radius:3px;"
            + "font:700 13px/1.5 system-ui,sans-serif;color:#111;";

    /** One kind's look: the item's style, and its tag's words and style (none for a note). */
    record Look(String item, String tag, String tagStyle) {
    }

    static final Map<ProblemLine.Kind, Look> LOOKS = Map.of(
            ProblemLine.Kind.ERROR, new Look(ITEM + "color:#fff;background:#3a1717;border-left-color:#ff6b6b;",
                    "Error", TAG + "background:#ff6b6b;"),
            ProblemLine.Kind.WARNING, new Look(ITEM + "color:#d4d4d4;border-left-color:#8a7636;",
                    "Warning", TAG + "background:#ffd166;"),
            ProblemLine.Kind.NOTE, new Look(ITEM + "color:#d4d4d4;font-style:italic;", null, null));

    private ProblemLook() {
    }

    /** The looks as the script reads them: {@code {"error": {"item", "tag", "tagStyle"}, …}}. */
    static String json() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (ProblemLine.Kind kind : ProblemLine.Kind.values()) {
            Look look = LOOKS.get(kind);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", look.item());
            m.put("tag", look.tag());
            m.put("tagStyle", look.tagStyle());
            all.put(kind.id(), m);
        }
        return Json.write(all);
    }

    /** One line as an HTML list item, as the script makes it. */
    static String html(ProblemLine line) {
        Look look = LOOKS.get(line.kind());
        StringBuilder li = new StringBuilder("<li class=\"gazette-").append(line.kind().id()).append("\" style=\"")
                .append(NoSitePage.escape(look.item())).append("\">");
        if (look.tag() != null) {
            li.append("<strong style=\"").append(NoSitePage.escape(look.tagStyle())).append("\">").append(look.tag())
                    .append("</strong> ");
        }
        return li.append(NoSitePage.escape(line.text())).append("</li>\n").toString();
    }
}
