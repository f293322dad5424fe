package gazette.serve;

import java.nio.charset.StandardCharsets;

/**
 * The live-reload script and its injection into served HTML. The script is kept here rather than
 * in the theme so no built file ever refers to it: it exists only while {@code serve} runs.
 *
 * <p>It listens to {@code /__gazette/events} (absolute, so it works whatever sub-path the site is
 * served under): {@code reload} reloads the page at the same scroll position, {@code error} shows
 * the build's problems in an overlay over the last good page (errors first, each tagged and marked
 * apart from the warnings: {@link ProblemLook}), and {@code status}, sent when it
 * connects, catches what it missed while loading or while the server restarted. On the page served
 * while there is no site yet ({@link NoSitePage}) it takes that page's problem box over.
 */
final class ReloadScript {
    static final String PATH = "/__gazette/reload.js";

    static final String JS = """
            (function () {
              'use strict';
              var script = document.currentScript;
              var pageBuild = script ? script.getAttribute('data-build') : null;
              var key = 'gazette-scroll:' + location.pathname;
              var saved = null;
              try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) { /* storage off */ }
              if (saved !== null) {
                var y = parseFloat(saved) || 0;
                var restore = function () { window.scrollTo(0, y); };
                restore();
                window.addEventListener('load', restore);
              }

              function reload() {
                try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* storage off */ }
                location.reload();
              }

              // The page served while there is no site has a box of its own, replaced as the problems change.
              var box = document.getElementById('gazette-problems');
              var noSite = pageBuild === '@NO_SITE_BUILD@';
              function hideProblems() {
                if (box) { box.remove(); box = null; }
              }
              // Each line as the page the server writes shows it (NoSitePage): an error tagged and marked apart from the warnings.
              var LOOK = @LOOK@;
              function showProblems(problems) {
                hideProblems();
                box = document.createElement('div');
                box.id = 'gazette-problems';
                box.setAttribute('role', 'alert');
                box.style.cssText = 'position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:60vh;overflow:auto;'
                  + 'z-index:2147483647;box-sizing:border-box;padding:1rem 3rem 1rem 1.25rem;background:#111;color:#fff;'
                  + 'border:3px solid #ff6b6b;border-radius:6px;box-shadow:0 6px 30px rgba(0,0,0,.6);'
                  + 'font:15px/1.5 system-ui,sans-serif;text-align:left;';
                var title = document.createElement('p');
                title.style.cssText = 'margin:0 0 .5rem;font-weight:bold;color:#ffb3b3;';
                title.textContent = noSite ? '@NO_SITE_TITLE@'
                  : 'The site did not build. Still showing the last good version. Fix the file and save:';
                var list = document.createElement('ul');
                list.style.cssText = '@LIST_STYLE@';
                problems.forEach(function (p) {
                  var item = document.createElement('li');
                  item.className = 'gazette-' + p.kind;
                  item.style.cssText = LOOK[p.kind] ? LOOK[p.kind].item : LOOK.note.item;
                  if (LOOK[p.kind] && LOOK[p.kind].tag) {
                    var tag = document.createElement('strong');
                    tag.style.cssText = LOOK[p.kind].tagStyle;
                    tag.textContent = LOOK[p.kind].tag;
                    item.appendChild(tag);
                    item.appendChild(document.createTextNode(' '));
                  }
                  item.appendChild(document.createTextNode(p.text));
                  list.appendChild(item);
                });
                var close = document.createElement('button');
                close.type = 'button';
                close.textContent = '\\u00d7';
                close.setAttribute('aria-label', 'Close');
                close.style.cssText = 'position:absolute;top:.5rem;right:.5rem;width:2rem;height:2rem;border:2px solid #fff;'
                  + 'border-radius:4px;background:#111;color:#fff;font:20px/1 sans-serif;cursor:pointer;';
                close.addEventListener('click', hideProblems);
                box.appendChild(close);
                box.appendChild(title);
                box.appendChild(list);
                document.body.appendChild(box);
              }

              if (!window.EventSource) { return; }
              var events = new EventSource('/__gazette/events');
              events.addEventListener('reload', reload);
              events.addEventListener('error', function (e) {
                // The same name is used for connection errors, which carry no data; the browser retries those itself.
                if (typeof e.data === 'string') { showProblems(JSON.parse(e.data)); }
              });
              events.addEventListener('status', function (e) {
                var status = JSON.parse(e.data);
                if (!status.ok) {
                  showProblems(status.problems);
                } else if (pageBuild && status.build && status.build !== pageBuild) {
                  reload();
                } else {
                  hideProblems();
                }
              });
            })();
            """.replace("@NO_SITE_BUILD@", NoSitePage.BUILD).replace("@NO_SITE_TITLE@", NoSitePage.TITLE)
            .replace("@LIST_STYLE@", ProblemLook.LIST).replace("@LOOK@", ProblemLook.json());

    private ReloadScript() {
    }

    /**
     * The page with the script tag added just before {@code </body>} (or at the end when there is none).
     *
     * @param build id of the build the page came from, so the script can tell when it missed a reload
     */
    static byte[] inject(byte[] html, String build) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PATH + "\" data-build=\"" + build + "\"></script>";
        int at = lastIndexOfIgnoreCase(page, "</body");
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static int lastIndexOfIgnoreCase(String text, String needle) {
        for (int i = text.length() - needle.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
