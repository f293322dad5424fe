package gazette.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker set up once per build: the site's {@code templates/} folder first, then the default
 * theme inside the jar, so a site overrides any single file. {@code .ftlh} templates escape HTML,
 * {@code .ftlx} escape XML; {@link Html} values print as the markup they are. Templates may not
 * create Java objects or reach the API. Errors name the template file, line and column.
 */
public final class TemplateEngine {
    /** Where the default theme lives on the class path. */
    public static final String THEME = "theme";

    private final Configuration freemarker;
    private final Path siteTemplates;
    private final String siteTemplatesRel;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /**
     * @param siteTemplates    the site's templates folder (may not exist)
     * @param siteTemplatesRel the same, relative to the site folder, for problems
     */
    public TemplateEngine(Path siteTemplates, String siteTemplatesRel) {
        this.siteTemplates = siteTemplates;
        this.siteTemplatesRel = siteTemplatesRel;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            try {
                loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
            } catch (IOException e) {
                throw new BuildFailure(Problem.error(siteTemplatesRel, 0, 0, "cannot read templates: " + e.getMessage()));
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
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
        this.freemarker = cfg;
    }

    /** Renders {@code name} with the data model; thread-safe. */
    public String render(String name, Map<String, Object> model) {
        Template template = template(name);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new BuildFailure(problem(e));
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(file(name), 0, 0, "cannot render: " + e.getMessage()));
        }
        return out.toString();
    }

    private Template template(String name) {
        Template t = compiled.get(name);
        if (t != null) {
            return t;
        }
        try {
            t = freemarker.getTemplate(name);
        } catch (ParseException e) {
            throw new BuildFailure(Problem.error(file(e.getTemplateName() != null ? e.getTemplateName() : name),
                    e.getLineNumber(), e.getColumnNumber(), "template syntax error: " + e.getEditorMessage()));
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(file(name), 0, 0, "template not found", "the theme needs " + name));
        }
        compiled.putIfAbsent(name, t);
        return t;
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
        return Problem.error(file(source == null ? "?" : source), line == null ? 0 : line, column == null ? 0 : column,
                "template error: " + message);
    }

    /** A template's path for problems: the site's copy when it has one, else the built-in theme's. */
    private String file(String templateName) {
        if (Files.isRegularFile(siteTemplates.resolve(templateName))) {
            return siteTemplatesRel + "/" + templateName;
        }
        return "(built-in theme)/" + templateName;
    }

    /** Wraps {@link Html} as markup, everything else as Freemarker's default wrapper does (records included). */
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
            return super.handleUnknownType(obj);
        }
    }
}
