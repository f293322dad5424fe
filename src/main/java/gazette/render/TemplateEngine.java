package gazette.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import gazette.content.Html;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.Fingerprint;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freemarker over a snapshot of the templates (see {@link TemplateSources}): the site's
 * {@code templates/} folder first, then the default theme inside the jar, so a site overrides any
 * single file. {@code .ftlh} templates escape HTML, {@code .ftlx} escape XML; {@link Html} values print as the markup they are. Templates may not
 * create Java objects or reach the API. Errors name the template file, line and column.
 */
public final class TemplateEngine {
    /** A quoted template name inside a template: what {@code <#import>} and {@code <#include>} name. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("\"([^\"]+\\.ftl[hx]?)\"");
    /** Where the default theme lives on the class path. */
    public static final String THEME = "theme";

    /**
     * Configurations by the site's template texts, newest last. Rebuilds (serve, tests) that leave
     * the templates alone reuse the compiled templates instead of parsing them again.
     */
    private static final Map<Fingerprint.Value, Configuration> CONFIGURATIONS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Fingerprint.Value, Configuration> eldest) {
            return size() > 4;
        }
    };

    private final Configuration freemarker;
    private final TemplateSources sources;
    private final String siteTemplatesRel;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Map<String, Fingerprint.Value> keys = new ConcurrentHashMap<>();
    /** What {@code <@cached>} rendered in this build (an engine lives for one build). */
    private final CachedFragments fragments = new CachedFragments();

    /**
     * @param siteTemplates    the site's templates folder (may not exist)
     * @param siteTemplatesRel the same, relative to the site folder, for problems
     */
    public TemplateEngine(Path siteTemplates, String siteTemplatesRel) {
        this.siteTemplatesRel = siteTemplatesRel;
        this.sources = TemplateSources.read(siteTemplates, siteTemplatesRel);
        synchronized (CONFIGURATIONS) {
            this.freemarker = CONFIGURATIONS.computeIfAbsent(sources.fingerprint(), k -> configure(sources));
        }
    }

    /** The site's templates folder, relative to the site folder, as problems name it. */
    String siteTemplatesRel() {
        return siteTemplatesRel;
    }

    private static Configuration configure(TemplateSources sources) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(sources);
        // The sources never change under a configuration: each set of texts has its own.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setWhitespaceStripping(true);
        cfg.setObjectWrapper(new ViewWrapper());
        return cfg;
    }

    /**
     * Compiles the named templates and every template they name, so that the pages find them
     * compiled: a build calls this on a thread of its own while it reads the sources. A template that
     * does not compile is left for rendering to report, as it would be without this.
     */
    public void compile(Collection<String> names) {
        for (String name : names) {
            for (String each : closure(name).keySet()) {
                try {
                    template(each);
                } catch (BuildFailure e) {
                    // reported by the page that renders it
                }
            }
        }
    }

    /** Renders {@code name} with the data model; thread-safe. */
    public String render(String name, Map<String, Object> model) {
        Template template = template(name);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            // A global of the page's run, not a shared variable: the compiled configuration outlives the build.
            Environment env = template.createProcessingEnvironment(model, out);
            env.setGlobalVariable(CachedFragments.NAME, fragments);
            env.process();
        } catch (TemplateException e) {
            ParseException syntax = syntaxError(e);
            throw new BuildFailure(syntax != null ? problem(syntax, name) : problem(e));
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(file(name), 0, 0, "cannot render: " + e.getMessage()));
        } catch (StackOverflowError e) {
            // Caught here, at the bottom of Freemarker's recursion, where the stack is whole again. Freemarker
            // keeps no record of where it was that a program may read, so the page's template is named.
            throw new BuildFailure(Problem.error(file(name), 1, 1, "template error: rendering " + name
                    + " ran out of stack: a macro calls itself, or templates include each other, without end",
                    "give the macro a way out (an #if that stops calling it)"));
        }
        return out.toString();
    }

    /**
     * A fingerprint of the template and of every template it names (imports, includes), as the
     * site's folder and the built-in theme provide them: when it is unchanged, so is the template's
     * output for the same model. Naming is read from the text, so a mention in a comment counts
     * too; that costs a needless render at worst, never a stale page.
     */
    public Fingerprint.Value key(String name) {
        return keys.computeIfAbsent(name, this::closureKey);
    }

    private Fingerprint.Value closureKey(String name) {
        Fingerprint f = new Fingerprint();
        closure(name).forEach((n, text) -> f.add(n).add(text));
        return f.value();
    }

    /** The template and every template it names, by name, with their texts. */
    private Map<String, String> closure(String name) {
        Set<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(name));
        Map<String, String> sources = new TreeMap<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            String text = source(next);
            sources.put(next, text);
            Matcher m = TEMPLATE_NAME.matcher(text);
            while (m.find()) {
                pending.push(m.group(1).startsWith("/") ? m.group(1).substring(1) : m.group(1));
            }
        }
        return sources;
    }

    /** A template's text, or a marker when it does not exist (rendering will report that). */
    private String source(String name) {
        return sources.text(name).orElse("\0missing");
    }

    private Template template(String name) {
        Template t = compiled.get(name);
        if (t != null) {
            return t;
        }
        try {
            t = freemarker.getTemplate(name);
        } catch (IOException e) {
            ParseException syntax = syntaxError(e);
            throw new BuildFailure(syntax != null ? problem(syntax, name)
                    : Problem.error(file(name), 0, 0, "template not found", "the theme needs " + name));
        }
        compiled.putIfAbsent(name, t);
        return t;
    }

    /**
     * The syntax error behind a failure to load a template, or null. Freemarker throws the syntax
     * error itself only to the first thread that loads the template; every later load (another page,
     * an import) gets an exception that has it as its cause.
     */
    private static ParseException syntaxError(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private Problem problem(ParseException e, String name) {
        return Problem.error(file(e.getTemplateName() != null ? e.getTemplateName() : name),
                e.getLineNumber(), e.getColumnNumber(), "template syntax error: " + oneLine(e.getEditorMessage()));
    }

    /**
     * Freemarker's message on one line, without the list of every token it would have taken, which runs
     * to dozens of entries, one per line ({@code <STRING_LITERAL>}, {@code <IF>}, ...): a problem report
     * is one line, and showed those line breaks as a run of {@code \\u000A}. The column points at the
     * token it did not expect.
     */
    static String oneLine(String message) {
        String text = message.strip();
        int list = text.toLowerCase(java.util.Locale.ROOT).indexOf("was expecting one of these patterns");
        if (list >= 0) {
            text = text.substring(0, list).strip();
            text = text.endsWith(", but") ? text.substring(0, text.length() - ", but".length()) : text;
        }
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    private Problem problem(TemplateException e) {
        String source = e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        String message = e.getMessageWithoutStackTop();
        int cut = message.indexOf("\n\n");
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        message = message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        if (source != null && !sources.isSiteTemplate(source)) {
            // Failed in the built-in theme (a macro of macros.ftlh, say) as called from the site's own
            // template: the call is what the site's author can mend, so it is where the problem is.
            Matcher call = FTL_FRAME.matcher(e.getFTLInstructionStack() == null ? "" : e.getFTLInstructionStack());
            while (call.find()) {
                if (sources.isSiteTemplate(call.group(1))) {
                    return Problem.error(file(call.group(1)), Integer.parseInt(call.group(2)), Integer.parseInt(call.group(3)),
                            "template error: " + message + " (in the built-in " + source + " at " + line + ":" + column + ")");
                }
            }
        }
        return Problem.error(file(source == null ? "?" : source), line == null ? 0 : line, column == null ? 0 : column,
                "template error: " + message);
    }

    /** A place in Freemarker's account of the instructions it was in: {@code [in template "home.ftlh" at line 4, column 1]}. */
    private static final Pattern FTL_FRAME = Pattern.compile(
            "\\[in template \"([^\"]+)\"(?: in (?:macro|function) \"[^\"]*\")? at line (\\d+), column (\\d+)]");

    /** A template's path for problems: the site's copy when it has one, else the built-in theme's. */
    private String file(String templateName) {
        if (sources.isSiteTemplate(templateName)) {
            return siteTemplatesRel + "/" + templateName;
        }
        return "(built-in theme)/" + templateName;
    }

    /** Wraps {@link Html} as markup, the labels as the {@code label} function ({@link LabelFunction}), records as {@link RecordModel}s, everything else as Freemarker's default wrapper does. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        ViewWrapper() {
            super(Configuration.VERSION_2_3_34);
            setExposeFields(false);
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
            if (obj instanceof Html html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.value());
            }
            if (obj instanceof gazette.config.Labels labels) {
                return new LabelFunction(labels);
            }
            if (obj instanceof Record record) {
                java.util.Optional<TemplateModel> model = RecordModel.of(record, this);
                if (model.isPresent()) {
                    return model.get();
                }
            }
            return super.handleUnknownType(obj);
        }
    }
}
