package gazette.config;

import gazette.diag.NearestName;
import gazette.yaml.MappingReader;
import gazette.yaml.YNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code labels:} in {@code gazette.yml}: the site's own words for single labels, in any
 * language. A key Gazette does not know is a warning naming the nearest it does (a typo would
 * otherwise leave the built-in word in place without a word said); a value that is not text is an
 * error; a label that leaves out a placeholder its English version fills in ({@code {count}},
 * {@code {name}}), or names one that is never filled in, is a warning, since readers would see the
 * number missing or the braces themselves.
 */
final class LabelOverrides {
    private LabelOverrides() {
    }

    static Map<String, String> read(MappingReader in, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> known = Labels.keys();
        PluralRule rule = PluralRule.of(language);
        for (YNode.Entry entry : in.mapping().entries().values()) {
            String key = entry.key();
            if (!(entry.value() instanceof YNode.Scalar scalar) || scalar.isNull()) {
                YNode at = entry.value();
                in.error(at, "label '" + key + "' must be text, not " + (at instanceof YNode.Scalar ? "empty" : "a " + at.kind()),
                        "write \"\" for no words at all");
                continue;
            }
            if (!known.contains(key)) {
                in.problems().warning(in.file(), entry.keyLine(), entry.keyColumn(), "unknown label '" + key + "'"
                        + NearestName.of(key, known).map(k -> " (did you mean '" + k + "'?)").orElse(" (the templates guide lists every label)"));
                continue;
            }
            checkPlaceholders(in, key, scalar, rule);
            labels.put(key, scalar.value());
        }
        return labels;
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
