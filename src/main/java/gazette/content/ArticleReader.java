package gazette.content;

import gazette.config.SiteConfig;
import gazette.config.TopicId;
import gazette.content.markdown.HeadingIds;
import gazette.content.markdown.BodyLabels;
import gazette.content.markdown.MarkdownRenderer;
import gazette.content.markdown.MediaLinks;
import gazette.diag.Problems;
import gazette.source.MediaFiles;
import gazette.source.SourceDoc;
import gazette.source.SourceReader;
import gazette.yaml.MappingReader;
import gazette.yaml.YNode;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns split source files into {@link Article}s: checks every front-matter key, renders the
 * Markdown once, cuts live blogs into updates and assigns topics. Files are read in parallel;
 * the result keeps the order of the input.
 */
public final class ArticleReader {
    static final Set<String> KEYS = Set.of("title", "date", "updated", "slug", "summary", "source", "source_url",
            "author", "dateline", "topics", "tags", "people", "places", "type", "events", "draft");
    private static final Set<String> EVENT_KEYS = Set.of("date", "title");
    /** Ids the article template uses itself. */
    private static final Pattern HTML_ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final String DATE_FORMS = "use 2013-07-01, 2013-07-01T10:30:00+06:00, or 1994-03 for a month";

    private final SiteConfig config;
    private final TopicRules rules;
    private final boolean includeDrafts;
    private final BiFunction<SourceDoc, Problems, SourceDoc> rawCopy;
    private final MediaFiles media;
    private final ThreadLocal<MarkdownRenderer> markdown;

    /**
     * @param rawCopy turns a raw-copy source into a Markdown one (the importer), reporting what the import would
     *                warn of; Markdown passes through
     */
    public ArticleReader(SiteConfig config, boolean includeDrafts, BiFunction<SourceDoc, Problems, SourceDoc> rawCopy) {
        this(config, includeDrafts, rawCopy, MediaFiles.NONE);
    }

    /**
     * @param media the media files published with the articles, which their relative links and images may name
     */
    public ArticleReader(SiteConfig config, boolean includeDrafts, BiFunction<SourceDoc, Problems, SourceDoc> rawCopy, MediaFiles media) {
        this.config = config;
        this.rules = new TopicRules(config);
        this.includeDrafts = includeDrafts;
        this.rawCopy = rawCopy;
        this.media = media;
        BodyLabels bodyLabels = BodyLabels.of(config.labels());
        this.markdown = ThreadLocal.withInitial(() -> new MarkdownRenderer(bodyLabels));
    }

    /** Reads every document; a bad one is reported and left out, drafts are left out unless asked for. */
    public List<Article> readAll(List<SourceDoc> docs, Problems problems) {
        return docs.parallelStream()
                .map(doc -> read(doc, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Reads one document. Its problems are collected apart and then handed on, so that whether this
     * file failed never depends on another file read at the same time.
     */
    public Optional<Article> read(SourceDoc original, Problems shared) {
        Problems problems = new Problems(Integer.MAX_VALUE);
        Optional<Article> article = readInto(original, problems);
        problems.all().forEach(shared::add);
        return article;
    }

    private Optional<Article> readInto(SourceDoc original, Problems problems) {
        SourceDoc doc;
        try {
            doc = original.format() == SourceDoc.Format.RAW_COPY ? rawCopy.apply(original, problems) : original;
        } catch (gazette.diag.BuildFailure e) {
            e.problems().forEach(problems::add);
            // The copy could not be read; its sidecar's keys can be checked all the same, so that one
            // round of fixes mends both files.
            new MappingReader(original.frontMatterFile(), original.frontMatter(), problems).rejectUnknownKeys(KEYS);
            return Optional.empty();
        }
        warnOfMisreadText(original, problems);
        MappingReader fm = new MappingReader(doc.frontMatterFile(), doc.frontMatter(), problems);
        fm.rejectUnknownKeys(KEYS);
        Optional<String> title = fm.requiredString("title");
        // Raw copy with no NAME.yml beside it has no front matter to add a date to: say where one goes.
        boolean bareCopy = original.format() == SourceDoc.Format.RAW_COPY && original.frontMatterFile().equals(original.relPath());
        Optional<NewsDate> date = requiredDate(fm, "date", bareCopy
                ? "raw copy takes its date from " + SourceReader.sidecarOf(original.path()).getFileName() + " beside it: add one holding date: 2013-07-01"
                : DATE_FORMS);
        Optional<NewsDate> updated = optionalDate(fm, "updated").filter(u -> {
            // Before only when all of it is: "updated: 2013-07-01" may be any time of that day, so it is
            // not before "date: 2013-07-01T10:00:00+06:00", nor a month after a day in it.
            boolean earlier = date.isPresent() && u.latest(config.zone()).isBefore(date.get().start(config.zone()));
            if (earlier) {
                fm.problems().warning(fm.file(), fm.at("updated").line(), fm.at("updated").column(),
                        "updated " + u.iso() + " is before the date " + date.get().iso() + "; the date is used");
            }
            return !earlier;
        });
        Optional<Slug> slug = slug(fm, doc);
        ArticleType type = type(fm);
        boolean draft = fm.bool("draft").orElse(false);
        Optional<String> dateline = fm.optionalText("dateline").map(String::trim);
        Optional<String> sourceUrl = sourceUrl(fm);
        Optional<String> source = fm.optionalText("source");
        Optional<String> author = fm.optionalText("author");
        Optional<String> givenSummary = fm.optionalText("summary").map(String::trim);
        Optional<List<TopicId>> givenTopics = fm.has("topics") || doc.frontMatter().entries().containsKey("topics")
                ? Optional.of(topics(fm, fm.scalarList("topics"))) : Optional.empty();
        NamePositions names = new NamePositions(terms(fm, "tags"), terms(fm, "people"), terms(fm, "places"));
        List<Event> events = events(fm);
        if (draft && !includeDrafts) {
            return Optional.empty(); // nor warned of its placeholder text: gazette new writes drafts, and this one is not published
        }
        warnOfPlaceholder(original, draft, problems);

        MarkdownRenderer.RenderedMarkdown body;
        MediaLinks mediaLinks = new MediaLinks(media.folderOf(original.path()).orElse(null), media::published);
        try {
            body = markdown.get().render(doc.body(), dateline.orElse(""), type == ArticleType.LIVE, mediaLinks);
        } catch (MarkdownRenderer.Unrenderable e) {
            problems.error(doc.relPath(), doc.fileLine(e.line()), 1, e.getMessage(), e.hint());
            return Optional.empty();
        }
        for (MarkdownRenderer.BodyPlace image : body.imagesWithoutAlt()) {
            problems.warning(doc.relPath(), doc.fileLine(image.line()), image.column(), "image has no alt text");
        }
        for (MarkdownRenderer.SourceLink link : body.links()) {
            if (!link.made() && link.malformed().isPresent()) {
                problems.warning(doc.relPath(), doc.fileLine(link.line()), link.column(), (link.image() ? "image '" + link.url()
                        + "' is left out: " : "link to '" + link.url() + "' is not made: ") + link.malformed().get());
            } else if (!link.made()) {
                problems.warning(doc.relPath(), doc.fileLine(link.line()), link.column(), link.image()
                        ? "image '" + link.url() + "' is left out: images come only from http(s), relative and data: image addresses"
                        : "link to '" + link.url() + "' is not made: links go only to http(s), mailto:, tel: and relative addresses");
            }
        }
        List<LiveUpdate> updates = updates(doc, body, date.orElse(null), problems);
        if (problems.hasErrors() || title.isEmpty() || date.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        String summary = givenSummary.orElse(body.firstParagraph());
        List<TopicId> topics;
        List<TopicMatch> explained;
        if (givenTopics.isPresent()) {
            topics = givenTopics.get();
            explained = List.of();
        } else {
            explained = rules.match(title.get() + "\n" + summary + "\n" + body.text());
            topics = explained.stream().map(TopicMatch::topic).toList();
        }
        YNode slugAt = fm.at("slug");
        String text = title.get() + "\n" + body.text();
        // The first paragraph is on the page already, whatever its plain text (footnote markers, references) reads as.
        boolean summaryInText = givenSummary.isEmpty() || PlainText.containsCollapsed(text, PlainText.collapse(summary).trim());
        return Optional.of(new Article(doc.relPath(), new Position(doc.frontMatterFile(), slugAt.line(), slugAt.column()), slug.get(), title.get().trim(), date.get(), updated, type, topics,
                explained, names(names.tags()), names(names.people()), names(names.places()), summary, source, sourceUrl, author, dateline,
                body.html().compact(), updates, events, draft, Utf8Text.compact(text),
                body.links().stream().map(l -> new Position(doc.relPath(), doc.fileLine(l.line()), l.column(), l.url()))
                        .toList(), summaryInText, names, mediaLinks.seen()));
    }

    /**
     * A warning at the first run of text that was read in the wrong encoding before it was saved
     * ({@link Mojibake}) in the front matter (a headline or tag pasted from the same feed as the body)
     * and one at the first in the body.
     */
    private static void warnOfMisreadText(SourceDoc doc, Problems problems) {
        List<YNode.Scalar> misread = new ArrayList<>();
        misreadScalars(doc.frontMatter(), misread);
        if (!misread.isEmpty()) {
            YNode.Scalar s = misread.get(0);
            int at = Mojibake.firstAt(s.value()).getAsInt();
            int more = misread.stream().mapToInt(v -> Mojibake.count(v.value())).sum() - 1;
            // A value on one line is pointed at exactly; one over several lines at its start.
            boolean oneLine = s.value().indexOf('\n') < 0;
            problems.add(Mojibake.warning(doc.frontMatterFile(), s.line(), oneLine ? s.column() + (s.quoted() ? 1 : 0) + at : s.column(),
                    Mojibake.runAt(s.value(), at), more));
        }
        Mojibake.warning(doc.relPath(), doc.body(), doc.bodyLine()).ifPresent(problems::add);
    }

    /** A warning where text {@code gazette new} wrote as a placeholder is still in the body. */
    private static void warnOfPlaceholder(SourceDoc doc, boolean draft, Problems problems) {
        OptionalInt at = Placeholders.firstIn(doc.body());
        if (at.isPresent()) {
            gazette.source.LineMap lines = new gazette.source.LineMap(doc.body());
            problems.warning(doc.relPath(), doc.bodyLine() + lines.line(at.getAsInt()) - 1, lines.column(at.getAsInt()), draft
                    ? "the placeholder text gazette new wrote is still here: write the text before deleting draft: true"
                    : "the placeholder text gazette new wrote is still here and would be published as it is:"
                            + " write the text, or set draft: true until it is ready");
        }
    }

    /** The values in the front matter, in the order written, that hold a {@link Mojibake} run. */
    private static void misreadScalars(YNode node, List<YNode.Scalar> found) {
        if (node instanceof YNode.Scalar s) {
            if (s.value() != null && Mojibake.firstAt(s.value()).isPresent()) {
                found.add(s);
            }
            return;
        }
        List<YNode> children = node instanceof YNode.Seq seq ? seq.items()
                : ((YNode.Mapping) node).entries().values().stream().map(YNode.Entry::value).toList();
        children.forEach(child -> misreadScalars(child, found));
    }

    private Optional<NewsDate> requiredDate(MappingReader fm, String key, String hint) {
        if (!fm.mapping().entries().containsKey(key)) {
            fm.problems().error(fm.file(), fm.mapping().line(), fm.mapping().column(), "missing required key '" + key + "'",
                    hint);
            return Optional.empty();
        }
        Optional<NewsDate> date = optionalDate(fm, key);
        if (date.isEmpty() && !fm.has(key)) {
            YNode.Entry entry = fm.mapping().entries().get(key);
            fm.problems().error(fm.file(), entry.keyLine(), entry.keyColumn(), "'" + key + "' must not be empty", DATE_FORMS);
        }
        return date;
    }

    private Optional<NewsDate> optionalDate(MappingReader fm, String key) {
        return fm.string(key).flatMap(text -> parseDate(fm, fm.at(key), key, text));
    }

    private Optional<NewsDate> parseDate(MappingReader fm, YNode at, String key, String text) {
        NewsDate date;
        try {
            date = NewsDate.parse(text, config.zone());
        } catch (DateTimeException e) {
            fm.error(at, "invalid " + key + " '" + text + "'", DATE_FORMS);
            return Optional.empty();
        }
        if (!date.withinWritableYears(config.zone())) {
            fm.error(at, key + " '" + text + "' is outside the years " + NewsDate.FIRST_YEAR + " to " + NewsDate.LAST_YEAR,
                    NewsDate.YEARS_HINT);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** What a file name's bytes that are not text in the file-name encoding are read as. */
    private static final char UNREADABLE = '\uFFFD';

    private static Optional<Slug> slug(MappingReader fm, SourceDoc doc) {
        Optional<String> given = fm.string("slug");
        if (given.isPresent()) {
            if (Slug.isValid(given.get()) && Slug.utf8Length(given.get()) <= Slug.MAX_BYTES) {
                return Optional.of(new Slug(given.get()));
            }
            String suggestion = Slug.slugify(given.get());
            String problem = Slug.isValid(given.get())
                    ? "slug '" + given.get() + "' is longer than " + Slug.MAX_BYTES + " bytes, more than a URL name may be"
                    : "slug '" + given.get() + "' must be lower-case letters, digits and single hyphens";
            fm.error(fm.at("slug"), problem, suggestion.isEmpty() ? "for example cameron-visit" : "for example " + suggestion);
            return Optional.empty();
        }
        if (doc.fileName().indexOf(UNREADABLE) >= 0) {
            // The name's bytes are not text in the file-name encoding (a name written on another system,
            // or a JVM started in an ASCII locale without the launcher): a URL name made from what is left
            // would silently differ from the name the user sees.
            fm.problems().error(doc.relPath(), 1, 1, "the file name '" + doc.fileName() + "' is not valid text in the "
                    + "system's file-name encoding (" + System.getProperty("sun.jnu.encoding", "UTF-8")
                    + "), so no URL name can be made from it", "rename the file, add a slug: key, or set a UTF-8 locale such as LANG=C.UTF-8");
            return Optional.empty();
        }
        String fromName = nameSlug(doc);
        if (fromName.isEmpty()) {
            fm.problems().error(doc.relPath(), 1, 1, "cannot make a URL name from the file name '" + doc.fileName() + "'",
                    "add a slug: key");
            return Optional.empty();
        }
        return Optional.of(new Slug(fromName));
    }

    /**
     * The slug a file's name gives it ({@link Slug#fromFileName(String, Optional)}): the date as its front
     * matter writes it decides whether a leading month is a date to take off. A date that is not text is
     * reported where the date is read; here it is none.
     */
    static String nameSlug(SourceDoc doc) {
        Optional<String> date = doc.frontMatter().get("date")
                .flatMap(node -> node instanceof YNode.Scalar scalar ? Optional.of(scalar.value()) : Optional.empty());
        return Slug.fromFileName(doc.fileName(), date);
    }

    private static ArticleType type(MappingReader fm) {
        Optional<String> type = fm.string("type");
        if (type.isEmpty() || type.get().equals("article")) {
            return ArticleType.ARTICLE;
        }
        if (type.get().equals("live")) {
            return ArticleType.LIVE;
        }
        fm.error(fm.at("type"), "unknown type '" + type.get() + "'", "use article or live");
        return ArticleType.ARTICLE;
    }

    private static Optional<String> sourceUrl(MappingReader fm) {
        // Pasted from an address bar, a link may hold characters a URI may not (<, >, a space): SourceLink encodes them.
        return fm.optionalText("source_url").flatMap(url -> {
            Optional<String> link = SourceLink.http(url);
            if (link.isEmpty()) {
                fm.error(fm.at("source_url"), "source_url '" + url + "' is not an http(s) link" + SourceLink.why(url));
            }
            return link;
        });
    }

    private List<TopicId> topics(MappingReader fm, List<YNode.Scalar> items) {
        List<TopicId> topics = new ArrayList<>();
        for (YNode.Scalar item : items) {
            String id = item.value().trim();
            if (TopicId.isValid(id) && config.topic(new TopicId(id)).isPresent()) {
                if (!topics.contains(new TopicId(id))) {
                    topics.add(new TopicId(id));
                }
            } else {
                fm.error(item, "unknown topic '" + id + "'", config.topicHint());
            }
        }
        return topics;
    }

    /**
     * A free list's names (tags, people, places), trimmed, one per URL name, each where it is written.
     * A second name with the URL name of an earlier one is left out, silently when it is the same name
     * in another case or without accents ("astana", "Astana"), with a warning when it is not ("C" after
     * "C++", both {@code tags/c/}). The names are the positions' {@link Position#what}.
     */
    private static List<Position> terms(MappingReader fm, String key) {
        List<Position> terms = new ArrayList<>();
        Map<String, String> nameBySlug = new HashMap<>();
        for (YNode.Scalar item : fm.scalarList(key)) {
            String name = PlainText.collapse(item.value().trim());
            String slug = Slug.slugify(name);
            if (slug.isEmpty()) {
                fm.error(item, "'" + name + "' in " + key + " has no letters or digits to make a URL name from");
                continue;
            }
            String earlier = nameBySlug.putIfAbsent(slug, name);
            if (earlier == null) {
                terms.add(new Position(fm.file(), item.line(), item.column(), name));
            } else if (!Slug.writtenAlike(earlier, name)) {
                fm.warning(item, "'" + name + "' in " + key + " has the URL name of '" + earlier + "' (" + key + "/" + slug
                        + "/), so it is left out; spell it so that the two differ in letters or digits");
            }
        }
        return terms;
    }

    private static List<String> names(List<Position> terms) {
        return terms.stream().map(Position::what).toList();
    }

    private List<Event> events(MappingReader fm) {
        List<Event> events = new ArrayList<>();
        for (MappingReader e : fm.mappingList("events")) {
            e.rejectUnknownKeys(EVENT_KEYS);
            Optional<String> title = e.requiredString("title");
            Optional<NewsDate> date = requiredDate(e, "date", DATE_FORMS);
            if (title.isPresent() && date.isPresent()) {
                events.add(new Event(date.get(), title.get().trim()));
            }
        }
        return events;
    }

    private List<LiveUpdate> updates(SourceDoc doc, MarkdownRenderer.RenderedMarkdown body, NewsDate articleDate,
            Problems problems) {
        List<LiveUpdate> updates = new ArrayList<>();
        if (body.sections().isEmpty()) {
            return updates; // not a live blog, or one with no updates yet: no anchors to choose
        }
        // An update's anchor must not repeat an id a heading in the text already has on the page.
        Set<String> ids = new HashSet<>();
        collectIds(body.html().value(), ids);
        body.sections().forEach(s -> collectIds(s.body().value(), ids));
        // The next suffix to try for each anchor: every one below it is taken (ids only grow), and
        // counting from 2 each time took a live blog of 20,000 updates with one headline 19 s.
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Optional<NewsDate>> dates = new UpdateTimes(doc.relPath(), config.zone(), problems)
                .resolve(body.sections().stream().map(s -> writtenTime(doc, s, problems)).toList(), articleDate);
        for (int i = 0; i < body.sections().size(); i++) {
            MarkdownRenderer.Section section = body.sections().get(i);
            int headingLine = doc.fileLine(section.line());
            if (section.title().isBlank()) {
                // An empty title makes an empty heading, a link with no name and an untitled feed entry.
                problems.error(doc.relPath(), headingLine, 1, "live update has no title",
                        "write its headline after the ##, as in ## Cameron lands in Astana");
                continue;
            }
            String base = section.pinnedId().orElseGet(() -> updateId(section.title()));
            String id = base;
            if (!claim(ids, id)) {
                int n = nextSuffix.getOrDefault(base, 2);
                while (!claim(ids, base + "-" + n)) {
                    n++;
                }
                id = base + "-" + n;
                nextSuffix.put(base, n + 1);
                if (section.pinnedId().isPresent()) {
                    // A pinned id promises that the update's address stays as written: say so when it can not.
                    problems.warning(doc.relPath(), headingLine, 1, "the pinned id '" + base + "' is already an anchor on this"
                            + " page (an earlier update's or a heading's), so this update is at #" + id + "; pin another {#id}");
                }
            }
            String unreadPin = section.pinnedId().isPresent() ? "" : unreadablePin(section.title());
            if (!unreadPin.isEmpty()) {
                problems.warning(doc.relPath(), headingLine, 1, "'" + unreadPin + "' is not a pinned id, so it stays in the"
                        + " title: an id is a letter, then letters, digits, - or _");
            }
            Optional<List<TopicId>> given = Optional.empty();
            if (section.meta().isPresent()) {
                MarkdownRenderer.Meta meta = section.meta().get();
                int line = doc.fileLine(meta.line());
                for (String part : meta.text().split(";")) {
                    String p = part.trim();
                    if (isTopics(p)) {
                        given = Optional.of(updateTopics(doc.relPath(), line, p.substring("topics:".length()), problems));
                    }
                }
            }
            List<TopicId> topics;
            List<TopicMatch> explained;
            if (given.isPresent()) {
                topics = given.get();
                explained = List.of();
            } else {
                explained = rules.match(section.title() + "\n" + section.text());
                topics = explained.stream().map(TopicMatch::topic).toList();
            }
            updates.add(new LiveUpdate(id, section.title(), section.titleHtml(), dates.get(i), topics, explained,
                    section.body().compact(), Utf8Text.compact(section.title() + "\n" + section.text())));
        }
        return updates;
    }

    /**
     * The {@code {#...}} that ends a heading's title, which a pinned id would have been taken out of
     * (see MarkdownRenderer), or "" when the title ends otherwise.
     */
    static String unreadablePin(String title) {
        String t = title.stripTrailing();
        int at = t.lastIndexOf("{#");
        return at >= 0 && t.indexOf('}', at) == t.length() - 1 ? t.substring(at) : "";
    }

    /**
     * Takes {@code id} for an update and {@code id-title} for its heading (the template gives the
     * heading that id, for the update's {@code aria-labelledby}), when the page has neither yet: an
     * update "Same" must not give its heading the id of a heading "Same title" in the introduction.
     */
    private static boolean claim(Set<String> ids, String id) {
        String titleId = id + "-title";
        if (HeadingIds.taken(id) || HeadingIds.taken(titleId) || ids.contains(id) || ids.contains(titleId)) {
            return false;
        }
        ids.add(id);
        ids.add(titleId);
        return true;
    }

    private static void collectIds(String html, Set<String> into) {
        Matcher m = HTML_ID.matcher(html);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private List<TopicId> updateTopics(String file, int line, String list, Problems problems) {
        List<TopicId> topics = new ArrayList<>();
        for (String raw : list.split(",")) {
            String id = raw.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (TopicId.isValid(id) && config.topic(new TopicId(id)).isPresent()) {
                topics.add(new TopicId(id));
            } else {
                problems.error(file, line, 1, "unknown topic '" + id + "' in update metadata", config.topicHint());
            }
        }
        return topics;
    }

    /**
     * An update's anchor made from its title: its words, with {@code update-} before one that starts
     * with a digit (an id starts with a letter), or {@code update} alone for a title with no letter
     * or digit ("🎉"), which repeats as {@code update-2}, never {@code update-} and {@code update--2}.
     */
    static String updateId(String title) {
        String s = Slug.slugify(title);
        if (s.isEmpty()) {
            return "update";
        }
        return Character.isLetter(s.charAt(0)) ? s : "update-" + s;
    }

    private static boolean isTopics(String part) {
        return part.toLowerCase(Locale.ROOT).startsWith("topics:");
    }

    /**
     * The time an update's metadata line gives (its last part that is not topics), and the line. An
     * earlier time in the same line is left unread, with a warning, rather than dropped unseen.
     */
    private static Optional<UpdateTimes.Written> writtenTime(SourceDoc doc, MarkdownRenderer.Section section, Problems problems) {
        Optional<UpdateTimes.Written> written = Optional.empty();
        if (section.meta().isPresent()) {
            MarkdownRenderer.Meta meta = section.meta().get();
            for (String part : meta.text().split(";")) {
                String p = part.trim();
                if (!p.isEmpty() && !isTopics(p)) {
                    written.ifPresent(earlier -> problems.warning(doc.relPath(), earlier.line(), 1, "'" + earlier.text()
                            + "' is not the only time in this update's metadata line; the last, '" + p + "', is used"));
                    written = Optional.of(new UpdateTimes.Written(p, doc.fileLine(meta.line())));
                }
            }
        }
        return written;
    }
}
