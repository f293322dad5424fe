package gazette.config;

import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.yaml.MappingReader;
import gazette.yaml.YNode;
import gazette.yaml.YamlReader;

import java.io.IOException;
import java.net.IDN;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates {@code gazette.yml}. */
public final class ConfigReader {
    private static final Set<String> KEYS = Set.of("title", "description", "language", "baseUrl", "timezone",
            "topics", "cname", "homeLatest", "import", "labels");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "description", "keywords");
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    /** The base URL of a config that names none: where {@code serve} shows the site by default. */
    public static final BaseUrl LOCAL_PREVIEW = new BaseUrl("http://localhost:8080/");

    private ConfigReader() {
    }

    /**
     * @param file     the config file
     * @param relPath  its path relative to the site folder, for problems
     * @param problems where every mistake is reported
     * @return the config, or empty when it has errors (already reported)
     */
    public static Optional<SiteConfig> read(Path file, String relPath, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            problems.error(relPath, 0, 0, "configuration file not found", "run gazette from the site's folder or pass --config;"
                    + " a new site needs only a gazette.yml holding its title, such as: title: Our coverage");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.error(relPath, 1, 1, "configuration is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(relPath, 0, 0, "cannot read configuration: " + e.getMessage());
            return Optional.empty();
        }
        Optional<YNode> root;
        try {
            root = YamlReader.read(relPath, text.replace("\r\n", "\n"), 1);
        } catch (BuildFailure e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
        if (root.isEmpty() || !(root.get() instanceof YNode.Mapping mapping)) {
            problems.error(relPath, 1, 1, "configuration must be a YAML mapping of keys to values");
            return Optional.empty();
        }
        return parse(new MappingReader(relPath, mapping, problems));
    }

    /** The two-letter ISO 639 codes; a three-letter code (fil, haw) goes unchecked. */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    static Optional<SiteConfig> parse(MappingReader in) {
        Problems problems = in.problems();
        int errorsBefore = problems.errorCount();
        in.rejectUnknownKeys(KEYS);
        String title = in.requiredString("title").orElse("");
        String description = in.string("description").orElse("");
        String language = in.string("language").orElse("en");
        try {
            String primary = new Locale.Builder().setLanguageTag(language).build().getLanguage();
            if (primary.length() == 2 && !ISO_LANGUAGES.contains(primary)) {
                in.warning(in.at("language"), "'" + primary + "' is not an ISO 639 language code, which browsers, "
                        + "screen readers and search engines would not know (for example en-GB, ru, uk)");
            }
        } catch (IllformedLocaleException e) {
            in.error(in.at("language"), "'" + language + "' is not a language tag", "for example en-GB");
        }
        BaseUrl baseUrl = in.string("baseUrl").flatMap(text -> {
            Optional<BaseUrl> url = BaseUrl.parse(text);
            if (url.isEmpty()) {
                in.error(in.at("baseUrl"), "'" + text + "' " + BaseUrl.whatIsWrong(text), "for example https://example.github.io/uk-kazakhstan/");
            }
            return url;
        }).orElse(LOCAL_PREVIEW);
        ZoneId zone = in.string("timezone").flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                in.error(in.at("timezone"), "'" + text + "' is not a time zone", "for example Europe/London or Asia/Almaty");
                return Optional.empty();
            }
        }).orElse(ZoneId.of("UTC"));
        Optional<String> cname = in.string("cname").flatMap(host -> {
            Optional<String> ascii = asciiHost(host);
            if (ascii.isEmpty()) {
                in.error(in.at("cname"), "'" + host + "' is not a host name", "for example news.example.org");
            } else if (!ascii.get().equalsIgnoreCase(URI.create(baseUrl.value()).getHost())) {
                // GitHub Pages serves the site at the custom domain: canonical links, feeds and the 404 page
                // made for another host would lead readers and crawlers there.
                in.warning(in.at("cname"), "cname " + host + " is not the host of baseUrl " + baseUrl.value()
                        + ": set baseUrl to https://" + ascii.get() + "/ as well");
            }
            return ascii;
        });
        int homeLatest = in.integer("homeLatest", 1, 1000).orElse(10);
        List<Topic> topics = topics(in);
        List<String> furniture = in.mapping("import").map(ConfigReader::furniture).orElse(List.of());
        Map<String, String> labels = in.mapping("labels").map(m -> LabelOverrides.read(m, language)).orElse(Map.of());
        boolean failed = problems.errorCount() > errorsBefore;
        return failed ? Optional.empty() : Optional.of(new SiteConfig(title, description, language, baseUrl, zone, topics,
                cname, homeLatest, furniture, Labels.of(language, labels)));
    }

    /**
     * A host name as DNS and GitHub's CNAME file hold it: one in another script ({@code новости.рф})
     * in its ASCII form ({@code xn--b1amarcd.xn--p1ai}), as browsers look it up.
     */
    private static Optional<String> asciiHost(String host) {
        try {
            String ascii = IDN.toASCII(host.trim(), IDN.USE_STD3_ASCII_RULES);
            return HOST.matcher(ascii).matches() ? Optional.of(ascii.toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Topic> topics(MappingReader in) {
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MappingReader t : in.mappingList("topics")) {
            t.rejectUnknownKeys(TOPIC_KEYS);
            Optional<String> id = t.requiredString("id");
            String title = t.requiredString("title").orElse("");
            String description = t.string("description").orElse("");
            List<String> keywords = t.scalarList("keywords").stream()
                    .map(k -> k.value().trim().toLowerCase(Locale.ROOT)).toList();
            if (id.isEmpty()) {
                continue;
            }
            if (!TopicId.isValid(id.get())) {
                t.error(t.at("id"), "topic id '" + id.get() + "' must be lower-case letters, digits and hyphens",
                        "for example human-rights");
            } else if (!seen.add(id.get())) {
                t.error(t.at("id"), "topic id '" + id.get() + "' is given twice");
            } else {
                topics.add(new Topic(new TopicId(id.get()), title, description, keywords));
            }
        }
        return topics;
    }

    private static List<String> furniture(MappingReader in) {
        in.rejectUnknownKeys(Set.of("furniture"));
        List<String> patterns = new ArrayList<>();
        for (YNode.Scalar s : in.scalarList("furniture")) {
            try {
                Pattern.compile(s.value());
                patterns.add(s.value());
            } catch (PatternSyntaxException e) {
                in.error(s, "bad furniture pattern: " + e.getDescription());
            }
        }
        return patterns;
    }
}
