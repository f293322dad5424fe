package gazette.render;

import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import gazette.config.Labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code label} in templates: the site's words for the interface, by key.
 *
 * <pre>
 * ${label('nav.timeline')}                                   Timeline
 * ${label('count.articles', topic.articles?size)}            3 articles (the form the number takes)
 * ${label('topic.subscribe', {'topic': topic.title})}        Subscribe to Trade (Atom feed)
 * ${label('article.published', {'date': when})}              Published &lt;time …&gt;…&lt;/time&gt;
 * </pre>
 *
 * The result is plain text, escaped where it is printed like any other value. When a value is markup
 * ({@code when} above, captured with {@code <#assign when><@m.date d/></#assign>}), the result is
 * markup: the label's own words and the plain values escaped, the markup value left as it is. So a
 * label typed into {@code gazette.yml} can never add markup, and a link or date can still sit
 * wherever a language puts it in the sentence. An unknown key is a template error.
 */
final class LabelFunction implements TemplateMethodModelEx {
    private final Labels labels;

    LabelFunction(Labels labels) {
        this.labels = labels;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 3 || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("label takes a key, then a number for a counted label and/or a hash of values: "
                    + "label('count.articles', n, {'name': x})");
        }
        String key = keyModel.getAsString();
        Long count = null;
        TemplateHashModelEx hash = null;
        for (Object argument : arguments.subList(1, arguments.size())) {
            if (argument instanceof TemplateNumberModel number && count == null && hash == null) {
                count = number.getAsNumber().longValue();
            } else if (argument instanceof TemplateHashModelEx given && hash == null) {
                hash = given;
            } else {
                throw new TemplateModelException("label('" + key + "', …): after the key, give a number, then a hash of values");
            }
        }
        String text;
        try {
            text = count == null ? labels.text(key) : labels.counted(key, count);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
        Map<String, TemplateModel> values = new HashMap<>();
        if (hash != null) {
            for (TemplateModelIterator names = hash.keys().iterator(); names.hasNext(); ) {
                String name = ((TemplateScalarModel) names.next()).getAsString();
                values.put(name, hash.get(name));
            }
        }
        Map<String, String> plain = new HashMap<>();
        if (count != null) {
            plain.put("count", Long.toString(count));
        }
        MarkupOutputFormat<TemplateMarkupOutputModel<?>> format = null;
        for (Map.Entry<String, TemplateModel> value : values.entrySet()) {
            if (value.getValue() instanceof TemplateMarkupOutputModel<?> markup) {
                format = outputFormat(markup);
            } else {
                plain.put(value.getKey(), asText(key, value.getKey(), value.getValue()));
            }
        }
        if (format == null) {
            return new SimpleScalar(Labels.fill(text, plain::get, s -> s));
        }
        MarkupOutputFormat<TemplateMarkupOutputModel<?>> markupFormat = format;
        String markup = Labels.fill(text, name -> {
            TemplateModel value = values.get(name);
            if (value instanceof TemplateMarkupOutputModel<?> m) {
                return markupString(markupFormat, m);
            }
            String s = plain.get(name);
            return s == null ? null : escape(markupFormat, s);
        }, s -> escape(markupFormat, s));
        return fromMarkup(markupFormat, markup);
    }

    private static String asText(String key, String name, TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (value instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        throw new TemplateModelException("label('" + key + "'): the value of " + name + " must be text, a number or markup");
    }

    @SuppressWarnings("unchecked")
    private static MarkupOutputFormat<TemplateMarkupOutputModel<?>> outputFormat(TemplateMarkupOutputModel<?> markup) {
        return (MarkupOutputFormat<TemplateMarkupOutputModel<?>>) (MarkupOutputFormat<?>) markup.getOutputFormat();
    }

    private static String markupString(MarkupOutputFormat<TemplateMarkupOutputModel<?>> format, TemplateMarkupOutputModel<?> m) {
        try {
            return format.getMarkupString(m);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(MarkupOutputFormat<TemplateMarkupOutputModel<?>> format, String text) {
        try {
            return format.escapePlainText(text);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateMarkupOutputModel<?> fromMarkup(MarkupOutputFormat<TemplateMarkupOutputModel<?>> format, String markup)
            throws TemplateModelException {
        return format.fromMarkup(markup);
    }
}
