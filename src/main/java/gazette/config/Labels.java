package gazette.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the site's own interface ("Timeline", "3 articles", "No results for …") in its
 * language. The tables are {@code gazette/labels/LANGUAGE.properties} in the jar, chosen by the
 * language's primary subtag; English is the default and the fallback for any key a language (or
 * a site's {@code labels:}) leaves out. A counted label has one key per plural form
 * ({@code count.articles.one}, {@code count.articles.few}…), chosen by {@link PluralRule}.
 *
 * @param language the site's language tag, which chooses the plural forms
 * @param local    the labels of that language with the site's own over them, by key; English fills the rest
 */
public record Labels(String language, Map<String, String> local) {
    /** A placeholder in a label: {@code {count}}, {@code {name}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<String, String> ENGLISH = load("en").orElseThrow();
    /** The keys of counted labels without their form: {@code count.articles}. */
    private static final Set<String> COUNTED = counted();

    /**
     * What search.js and live.js say, which the pages hand them when it differs from their built-in
     * English (see {@link #forScripts}).
     */
    public static final List<String> SCRIPT_KEYS = List.of("search.quoted", "search.inTopic", "search.noResults",
            "search.found", "search.foundMore", "search.liveUpdateIn", "search.article", "search.loading",
            "search.noLibrary", "search.noIndex", "live.newUpdates", "live.showLatest");

    public Labels {
        local = Collections.unmodifiableMap(new TreeMap<>(local));
    }

    /** The built-in labels of the language, with {@code overrides} (from {@code labels:}) over them. */
    public static Labels of(String language, Map<String, String> overrides) {
        Map<String, String> local = new TreeMap<>();
        String primary = Locale.forLanguageTag(language).getLanguage();
        if (!primary.equals("en")) {
            load(primary).ifPresent(local::putAll);
        }
        local.putAll(overrides);
        return new Labels(language, local);
    }

    /** The English labels alone. */
    public static Labels english() {
        return new Labels("en", Map.of());
    }

    /** The plural rule of the site's language. */
    public PluralRule pluralRule() {
        return PluralRule.of(language);
    }

    /** Whether {@code key} names a label of plain text. */
    public static boolean isText(String key) {
        return ENGLISH.containsKey(key) && !COUNTED.contains(key);
    }

    /** Whether {@code key} names a counted label ({@code count.articles}), whose keys carry a form. */
    public static boolean isCounted(String key) {
        return COUNTED.contains(key);
    }

    /** A label's text, as written, with its placeholders. */
    public String text(String key) {
        String text = local.getOrDefault(key, ENGLISH.get(key));
        if (text == null || COUNTED.contains(key)) {
            throw new IllegalArgumentException(COUNTED.contains(key)
                    ? "label '" + key + "' is counted: give the number as well" : "unknown label '" + key + "'");
        }
        return text;
    }

    /**
     * A counted label's text for {@code n}, as written, with {@code {count}} still in it. A form is
     * chosen by the rules of the language its words are in: the site's words by the site language's
     * rule (the form it chooses, else the label's {@code other} form); failing both, the English
     * words by English rules, so a Ukrainian site without words of its own says "21 articles", not
     * "21 article".
     */
    public String counted(String key, long n) {
        if (!COUNTED.contains(key)) {
            throw new IllegalArgumentException(ENGLISH.containsKey(key)
                    ? "label '" + key + "' is not counted: give no number" : "unknown label '" + key + "'");
        }
        String text = local.get(key + "." + pluralRule().form(n));
        text = text != null ? text : local.get(key + ".other");
        return text != null ? text : englishCounted(key, n);
    }

    private static String englishCounted(String key, long n) {
        String text = ENGLISH.get(key + "." + PluralRule.ONE_OTHER.form(n));
        return text != null ? text : ENGLISH.get(key + ".other");
    }

    /** A plain label with its placeholders filled in ({@code page}, {@code site} → "Trade – Gazette"). */
    public String format(String key, Map<String, String> values) {
        return fill(text(key), values::get, Function.identity());
    }

    /** {@link #format} for one placeholder. */
    public String format(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }

    /**
     * {@code text} with each placeholder {@code valueOf} knows replaced by its value, and every other
     * piece (text and placeholders it does not know, left as written) passed through {@code literal},
     * so a caller making markup escapes the label's own text but not a value that is markup already.
     */
    public static String fill(String text, Function<String, String> valueOf, Function<String, String> literal) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            String value = valueOf.apply(m.group(1));
            if (value != null) {
                out.append(literal.apply(text.substring(at, m.start()))).append(value);
                at = m.end();
            }
        }
        return out.append(literal.apply(text.substring(at))).toString();
    }

    /** The placeholders a text names, in order. */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The messages of search.js and live.js that the site has in its own language, by key: a plain
     * label as its text, a counted one as the forms of it the site has, in its language's rule
     * ({@code {"one": …, "few": …}}), for the script to choose among with the browser's
     * {@code Intl.PluralRules} for the page's language. Placeholders stay in: the scripts fill them.
     * What is left out the scripts say in their built-in English, counted by English rules, as
     * {@link #counted} does.
     */
    public Map<String, Object> forScripts() {
        return scriptLabels(local, pluralRule());
    }

    /** The scripts' messages in English, as search.js and live.js carry them (a test keeps them equal). */
    public static Map<String, Object> englishForScripts() {
        return scriptLabels(ENGLISH, PluralRule.ONE_OTHER);
    }

    private static Map<String, Object> scriptLabels(Map<String, String> table, PluralRule rule) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String key : SCRIPT_KEYS) {
            if (COUNTED.contains(key)) {
                Map<String, String> forms = new LinkedHashMap<>();
                for (String form : rule.forms()) {
                    if (table.containsKey(key + "." + form)) {
                        forms.put(form, table.get(key + "." + form));
                    }
                }
                if (!forms.isEmpty()) {
                    labels.put(key, forms);
                }
            } else if (table.containsKey(key)) {
                labels.put(key, table.get(key));
            }
        }
        return labels;
    }

    /** Whether the site has any of the scripts' messages in words of its own, so the pages must hand them over. */
    public boolean scriptsNeedLabels() {
        return !forScripts().isEmpty();
    }

    /** The forms of counted label {@code key} the built-in table of {@code language} has (English's for English). */
    static Set<String> builtInForms(String language, String key) {
        String primary = Locale.forLanguageTag(language).getLanguage();
        Map<String, String> table = primary.equals("en") ? ENGLISH : load(primary).orElse(Map.of());
        Set<String> forms = new LinkedHashSet<>();
        for (String form : PluralRule.ALL_FORMS) {
            if (table.containsKey(key + "." + form)) {
                forms.add(form);
            }
        }
        return forms;
    }

    /** Every key a site's {@code labels:} may set: plain labels, and each counted label with any CLDR form. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (String key : ENGLISH.keySet()) {
            if (!isFormKey(key)) {
                keys.add(key);
            }
        }
        for (String key : COUNTED) {
            PluralRule.ALL_FORMS.forEach(form -> keys.add(key + "." + form));
        }
        return keys;
    }

    /** The English label a key of {@code labels:} stands for: a form of a counted label answers to its English form, else {@code other}. */
    static Optional<String> englishFor(String key) {
        if (ENGLISH.containsKey(key)) {
            return Optional.of(ENGLISH.get(key));
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 && COUNTED.contains(key.substring(0, dot)) ? Optional.of(ENGLISH.get(key.substring(0, dot) + ".other"))
                : Optional.empty();
    }

    private static boolean isFormKey(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && PluralRule.ALL_FORMS.contains(key.substring(dot + 1)) && ENGLISH.containsKey(key.substring(0, dot) + ".other");
    }

    private static Set<String> counted() {
        Set<String> keys = new TreeSet<>();
        for (String key : ENGLISH.keySet()) {
            if (key.endsWith(".other")) {
                keys.add(key.substring(0, key.length() - ".other".length()));
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /** A built-in table, read as UTF-8 (Properties alone would read Latin-1). */
    private static Optional<Map<String, String>> load(String language) {
        if (!language.matches("[a-z]{2,8}")) {
            return Optional.empty();
        }
        try (InputStream in = Labels.class.getResourceAsStream("/gazette/labels/" + language + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties table = new Properties();
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> labels = new TreeMap<>();
            table.forEach((k, v) -> labels.put((String) k, (String) v));
            return Optional.of(Collections.unmodifiableMap(labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
