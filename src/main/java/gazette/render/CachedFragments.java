package gazette.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cached key="...">...</@cached>} directive: its body is rendered once per key and
 * build, and printed from then on as it came out the first time, on whichever page asks for it.
 *
 * <p>Why: an article's card appears on the home page, its topics' pages and each of its tags',
 * people's and places' pages, about seven times on a typical site; rendering it each time was 6 % of
 * a 10,000-article build. Like Hugo's {@code partialCached}, it is the template's word that the body
 * prints the same for the same key: a key must name everything the body depends on (the default
 * theme's card names the article's path, the heading level and {@code root}). Pages come out
 * byte for byte as they would without it, whichever thread renders a fragment first, since a body
 * that depends only on its key renders the same on every page.
 *
 * <p>One instance per {@link TemplateEngine}, that is per build: nothing is carried from one build
 * to the next, where the articles behind a key may have changed.
 */
final class CachedFragments implements TemplateDirectiveModel {
    /** The directive's name in templates. */
    static final String NAME = "cached";

    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes") // Freemarker's interface has raw types
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("@" + NAME + " takes one parameter, key, a string naming everything its body "
                    + "depends on");
        }
        if (loopVars.length > 0) {
            throw new TemplateModelException("@" + NAME + " has no loop variables");
        }
        if (body == null) {
            return; // nothing to print
        }
        String name = key.getAsString();
        String fragment = rendered.get(name);
        if (fragment == null) {
            StringWriter out = new StringWriter(1024);
            body.render(out);
            fragment = out.toString();
            // Two pages may render the same fragment at once; both made the same text.
            rendered.putIfAbsent(name, fragment);
        }
        env.getOut().write(fragment);
    }
}
