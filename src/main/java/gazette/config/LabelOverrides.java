package gazette.config;

import gazette.diag.NearestName;
import gazette.yaml.MappingReader;
import gazette.yaml.YNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code labels:} in {@code gazette.yml}: the site's own words for single labels, in any
 * language, one dotted key each ({@code nav.timeline}, {@code count.articles.one}). A key Gazette
 * does not know is a warning naming the nearest it does (a typo would otherwise leave the built-in
 * word in place without a word said); a value that is not text is an error; a label that leaves out
 * a placeholder its English version fills in ({@code {count}}, {@code {name}}), or names one that is
 * never filled in, is a warning, since readers would see the number missing or the braces themselves.
 *
 * <p>A counted label's forms are checked against the site language's plural rule: a form the
 * language does not use ({@code count.articles.few} in German, {@code .zero} anywhere) is a warning
 * and ignored; a form it uses that neither the site nor the language's built-in table gives
 * ({@code .few} and {@code .many} in Ukrainian) is a warning too, and until it is written the
 * label's {@code other} form stands in for it, else the English words (counted as English counts).
 */
final class LabelOverrides {
    private LabelOverrides() {
    }

    /**
     * What YAML 1.2 reads as true or false or a number when it is not quoted: a label of {@code true} or
     * {@code 3} is a slip (a count without its words), and the README says a value that is not text is an error.
     */
    private static final Pattern NOT_TEXT = Pattern.compile("true|True|TRUE|false|False|FALSE"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    static Map<String, String> read(MappingReader in, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> known = Labels.keys();
        PluralRule rule = PluralRule.of(language);
        Map<String, YNode.Entry> firstForm = new LinkedHashMap<>();
        for (YNode.Entry entry : in.mapping().entries().values()) {
            String key = entry.key();
            if (!(entry.value() instanceof YNode.Scalar scalar) || scalar.isNull()) {
                YNode at = entry.value();
                in.error(at, "label '" + key + "' must be text, not " + (at instanceof YNode.Scalar ? "empty" : "a " + at.kind()),
                        at instanceof YNode.Mapping nested ? dottedHint(key, nested) : "write \"\" for no words at all");
                continue;
            }
            if (!scalar.quoted() && NOT_TEXT.matcher(scalar.value()).matches()) {
                String read = scalar.value().matches("(?i)true|false") ? "true or false" : "a number";
                in.error(scalar, "label '" + key + "' is read as " + read + ", not text", "quote it: " + key + ": \"" + scalar.value() + "\"");
                continue;
            }
            if (Labels.isCounted(key)) {
                in.problems().warning(in.file(), entry.keyLine(), entry.keyColumn(), "label '" + key
                        + "' is counted: write one key for each form " + PluralRule.languageName(language) + " uses, "
                        + formKeys(key, rule.wholeForms()));
                continue;
            }
            if (!known.contains(key)) {
                in.problems().warning(in.file(), entry.keyLine(), entry.keyColumn(), "unknown label '" + key + "'"
                        + NearestName.of(key, known).map(k -> " (did you mean '" + k + "'?)").orElse(" (the templates guide lists every label)"));
                continue;
            }
            int dot = key.lastIndexOf('.');
            String base = key.substring(0, dot);
            if (Labels.isCounted(base)) {
                String form = key.substring(dot + 1);
                if (!rule.forms().contains(form)) {
                    in.problems().warning(in.file(), entry.keyLine(), entry.keyColumn(), "label '" + key + "' is a form "
                            + PluralRule.languageName(language) + " does not use (it uses " + String.join(", ", rule.forms())
                            + "): ignored");
                    continue;
                }
                firstForm.putIfAbsent(base, entry);
            }
            checkPlaceholders(in, key, scalar, rule);
            if (scalar.value().isBlank()) {
                // Allowed (a word some languages leave out), but a link or heading of no words is one no reader can find or follow.
                in.warning(scalar, "label '" + key + "' is empty: where it is a link's or a heading's words, the page shows"
                        + " none, and screen readers read nothing");
            }
            labels.put(key, scalar.value());
        }
        firstForm.forEach((base, entry) -> checkForms(in, base, entry, labels, language, rule));
        return labels;
    }

    /** Warns, at the first of its keys, of a counted label the site gives some forms of but not every one its language needs. */
    private static void checkForms(MappingReader in, String base, YNode.Entry at, Map<String, String> labels, String language,
            PluralRule rule) {
        Set<String> have = new LinkedHashSet<>(Labels.builtInForms(language, base));
        rule.forms().stream().filter(form -> labels.containsKey(base + "." + form)).forEach(have::add);
        List<String> missing = rule.wholeForms().stream().filter(form -> !have.contains(form)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String standIn = have.contains("other") ? base + ".other stands in for " + (missing.size() == 1 ? "it" : "them")
                : "the English words stand in";
        in.problems().warning(in.file(), at.keyLine(), at.keyColumn(), "label '" + base + "' has no "
                + String.join(", ", missing) + " form, which " + PluralRule.languageName(language) + " uses (it counts with "
                + String.join(", ", rule.wholeForms()) + "): write " + formKeys(base, missing) + "; until then " + standIn);
    }

    /** {@code count.articles.one: and count.articles.other:} */
    private static String formKeys(String base, List<String> forms) {
        List<String> keys = forms.stream().map(form -> base + "." + form + ":").toList();
        return keys.size() == 1 ? keys.get(0)
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " and " + keys.get(keys.size() - 1);
    }

    /** The hint for {@code nav: {timeline: X}}: the dotted keys it meant, {@code nav.timeline: …}. */
    private static String dottedHint(String key, YNode.Mapping nested) {
        List<String> keys = new ArrayList<>();
        flatten(key, nested, keys);
        String shown = String.join(", ", keys.subList(0, Math.min(3, keys.size()))) + (keys.size() > 3 ? ", …" : "");
        return keys.isEmpty() ? "write one dotted key for each label, such as nav.timeline:"
                : "write one dotted key for each label, not a nested mapping: " + shown;
    }

    private static void flatten(String prefix, YNode.Mapping mapping, List<String> keys) {
        for (YNode.Entry entry : mapping.entries().values()) {
            String key = prefix + "." + entry.key();
            if (entry.value() instanceof YNode.Mapping nested) {
                flatten(key, nested, keys);
            } else {
                keys.add(key + ": …");
            }
        }
    }

    private static void checkPlaceholders(MappingReader in, String key, YNode.Scalar value, PluralRule rule) {
        String english = Labels.englishFor(key).orElseThrow();
        Set<String> expected = Labels.placeholders(english);
        Set<String> given = Labels.placeholders(value.value());
        // A form that means the number 1 alone may spell it out ("ein Artikel"); "one" in Russian is 21 too.
        boolean spelledOne = key.endsWith(".one") && rule.oneIsOnlyOne();
        for (String name : expected) {
            if (!given.contains(name) && !(spelledOne && name.equals("count"))) {
                in.warning(value, "label '" + key + "' leaves out {" + name + "}, which its English version fills in: \""
                        + english + "\"");
            }
        }
        for (String name : given) {
            if (!expected.contains(name)) {
                in.warning(value, "label '" + key + "' names {" + name + "}, which is never filled in"
                        + (expected.isEmpty() ? "" : " (it has " + String.join(", ", expected.stream().map(n -> "{" + n + "}").toList()) + ")"));
            }
        }
    }
}
