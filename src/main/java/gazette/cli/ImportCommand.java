package gazette.cli;

import gazette.config.ConfigReader;
import gazette.config.SiteConfig;
import gazette.content.Mojibake;
import gazette.content.NewsDate;
import gazette.content.Slug;
import gazette.content.TakenSlugs;
import gazette.content.rawcopy.FrontMatterFields;
import gazette.content.rawcopy.Furniture;
import gazette.content.rawcopy.ImportedCopy;
import gazette.content.rawcopy.MarkdownArticleWriter;
import gazette.content.rawcopy.RawCopyReader;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.source.SourceReader;
import gazette.source.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code gazette import}: raw pasted copy in, Markdown articles with front matter out. Every file is
 * read and checked before any is written, so one bad file means nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns raw news copy (plain UTF-8 text) into Markdown articles with front matter.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Raw copy files.")
    List<String> files;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "seeds", description = "Folder for the articles (default: ${DEFAULT-VALUE}).")
    String into;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yml",
            description = "Site configuration, for extra furniture patterns (default: ${DEFAULT-VALUE}; optional).")
    String config;

    @Option(names = "--force", description = "Overwrite an article imported before from the same copy (same headline, date and text);"
            + " one with another text is another story and gets the next free slug.")
    boolean force;

    @Option(names = "--date", paramLabel = "DATE", converter = OptionValues.PublicationDate.class, description = "Publication date: 2013-07-01, 2013-07-01T10:30:00+06:00 or 1994-03.")
    String date;

    @Option(names = "--source", paramLabel = "NAME", description = "The publication the copy comes from.")
    String source;

    @Option(names = "--source-url", paramLabel = "URL", converter = OptionValues.SourceLink.class, description = "Link to the original.")
    String sourceUrl;

    /** How many numbered follow-ups of one headline and date are looked at for this copy's text. */
    private static final int MOST_FOLLOW_UPS = 100;

    /** One article ready to write. */
    private record Planned(String from, Path target, String markdown, ImportedCopy copy, String slugNote) {
    }

    @Override
    public Integer call() {
        Path root = gazette.siteRoot();
        try {
            RawCopyReader reader = new RawCopyReader(new Furniture(furniture(root)));
            Optional<NewsDate> when = parseDate();
            FrontMatterFields fields = new FrontMatterFields(Optional.ofNullable(date), Optional.ofNullable(source),
                    Optional.ofNullable(sourceUrl), List.of());
            List<Planned> planned = plan(root, reader, fields, when);
            for (Planned p : planned) {
                Files.createDirectories(p.target().getParent());
                Files.writeString(p.target(), p.markdown(), StandardCharsets.UTF_8);
                gazette.out().println(p.from() + " -> " + SourceReader.relative(root, p.target()) + p.slugNote());
                p.copy().describe(fields).forEach(line -> gazette.out().println("  " + line));
                p.copy().report().warnings().forEach(w -> gazette.err().println(w));
            }
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        } catch (IOException e) {
            gazette.err().println(into + ":0:0: cannot write: " + e.getMessage());
            return Gazette.CONTENT_ERROR;
        }
    }

    private List<Planned> plan(Path root, RawCopyReader reader, FrontMatterFields fields, Optional<NewsDate> when) {
        Problems problems = new Problems(100);
        List<Planned> planned = new ArrayList<>();
        Set<Path> targets = new HashSet<>();
        Map<Path, String> plannedTexts = new HashMap<>();
        Path folder = root.resolve(into);
        TakenSlugs taken = TakenSlugs.in(root, folder);
        for (String name : files) {
            Path file = root.resolve(name);
            String rel = shown(root, file, name);
            if (isInside(file, folder) && file.getFileName().toString().endsWith(".txt")) {
                problems.error(rel, 1, 1, "is raw copy in " + into + "/ already, which every build reads: imported too,"
                        + " the story would be published twice", "import a copy kept outside " + into
                        + "/, or leave this one as it is (a " + SourceReader.sidecarOf(file).getFileName() + " beside it gives its front matter)");
                continue;
            }
            try {
                String text = SourceText.decode(rel, Files.readAllBytes(file));
                if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
                    problems.error(rel, 1, 1, "has front matter: it is an article already, not raw copy",
                            "copy it into " + into + "/ as it is");
                    continue;
                }
                // Said before the copy is read: its headline makes the slug (â€™ gave "camerona-tms-visit").
                Mojibake.warning(rel, text, 1).ifPresent(gazette.err()::println);
                ImportedCopy copy = reader.read(rel, text);
                if (when.isPresent() && when.get().precision() == NewsDate.Precision.MONTH && !copy.report().times().isEmpty()) {
                    // The build puts each update time on the blog's day, and a month has none: the file written
                    // would stop the next build at every time.
                    List<String> times = copy.report().times();
                    problems.error(rel, 1, 1, "is a live blog whose update times (" + String.join(", ", times.subList(0, Math.min(3, times.size())))
                            + (times.size() > 3 ? ", …" : "") + ") need a day, and --date " + date + " gives only a month",
                            "give the day the blog began: --date " + date + "-DD");
                    continue;
                }
                // The slug is the article's address for good: made from the headline as it was before it was misread.
                String wanted = copy.title().map(Mojibake::repaired).map(Slug::slugify).orElse("");
                if (wanted.isEmpty()) {
                    wanted = Slug.fromFileName(file.getFileName().toString(), Optional.ofNullable(date));
                }
                String prefix = datePrefix(when);
                Path same = folder.resolve(prefix + wanted + ".md");
                String sameRel = SourceReader.relative(root, same);
                String markdown = MarkdownArticleWriter.write(copy, fields, Optional.empty());
                String marker = CopyMarker.of(text);
                // The same headline and date is this article imported again only when an article of that name (or a
                // numbered one: a follow-up imported before) has this copy's text; another text is a different story
                // (a follow-up of the same day, say), which gets the next free slug: --force must never replace it.
                Optional<String> again = Optional.empty();
                boolean editedSince = false;
                // Past a number whose file is gone too (x-2.md deleted, x-3.md kept), up to a hundred.
                for (int n = 1; again.isEmpty() && n <= MOST_FOLLOW_UPS; n++) {
                    String slug = n == 1 ? wanted : TakenSlugs.numbered(wanted, n);
                    Path candidate = folder.resolve(prefix + slug + ".md");
                    if (plannedTexts.containsKey(candidate)) {
                        if (sameText(plannedTexts.get(candidate), markdown)) {
                            again = Optional.of(slug);
                        }
                    } else if (!Files.exists(candidate)) {
                        continue;
                    } else {
                        String existing = readable(SourceReader.relative(root, candidate), candidate);
                        if (sameText(existing, markdown)) {
                            again = Optional.of(slug);
                        } else if (CopyMarker.carries(existing, marker)) {
                            // Imported from this copy and edited since: the same story, not a follow-up.
                            again = Optional.of(slug);
                            editedSince = true;
                        }
                    }
                }
                boolean otherStory = again.isEmpty() && (plannedTexts.containsKey(same) || Files.exists(same));
                TakenSlugs.Choice choice;
                if (again.isPresent()) {
                    Path earlier = folder.resolve(prefix + again.get() + ".md");
                    String earlierRel = SourceReader.relative(root, earlier);
                    if (plannedTexts.containsKey(earlier)) {
                        problems.error(rel, 1, 1, "another file given has the same text and imports to the same article "
                                + earlier.getFileName());
                        continue;
                    }
                    if (!force) {
                        problems.error(rel, 1, 1, "article " + earlierRel + " already exists, imported from this same copy"
                                + (editedSince ? " and edited since" : ""), editedSince
                                ? "pass --force to overwrite it, edits and all" : "pass --force to overwrite it");
                        continue;
                    }
                    choice = new TakenSlugs.Choice(again.get(), again.get(), Optional.empty());
                } else {
                    choice = taken.free(wanted, s -> Optional.of(folder.resolve(prefix + s + ".md"))
                            .filter(f -> Files.exists(f) || targets.contains(f))
                            .map(f -> SourceReader.relative(root, f)));
                }
                Path target = folder.resolve(prefix + choice.slug() + ".md");
                targets.add(target);
                taken = taken.with(choice.slug(), SourceReader.relative(root, target));
                // A name the build reads another slug from says its slug: the headline "15 killed" dated 2026-06 is
                // 2026-06-15-killed.md, which gives "killed". A month in front (1994-03-x.md, dated 1994-03) gives "x".
                Optional<String> slugKey = Optional.of(choice.slug())
                        .filter(slug -> !Slug.fromFileName(target.getFileName().toString(), Optional.ofNullable(date)).equals(slug));
                String note = otherStory && !choice.slug().equals(wanted)
                        ? " (slug '" + choice.slug() + "': " + sameRel + " has this headline and date but another text,"
                                + " so this is another story)"
                        : choice.note();
                // An article of this headline under another date with this very text: likely this copy imported twice.
                if (!otherStory && choice.takenBy().isPresent()) {
                    for (int n = 1; n <= MOST_FOLLOW_UPS; n++) {
                        Optional<String> owner = taken.owner(n == 1 ? wanted : TakenSlugs.numbered(wanted, n));
                        if (owner.isPresent() && !owner.get().equals(SourceReader.relative(root, target))
                                && sameText(readable(owner.get(), root.resolve(owner.get())), markdown)) {
                            note = " (slug '" + choice.slug() + "': " + owner.get() + " has this copy's text under another"
                                    + " date; if it is the same story, delete one of them)";
                            break;
                        }
                    }
                }
                String written = CopyMarker.add(MarkdownArticleWriter.write(copy, fields, slugKey), marker);
                plannedTexts.put(target, written);
                planned.add(new Planned(rel, target, written, copy, note));
            } catch (BuildFailure e) {
                e.problems().forEach(problems::add);
            } catch (NoSuchFileException e) {
                problems.error(rel, 0, 0, "file not found");
            } catch (IOException e) {
                problems.error(rel, 0, 0, "cannot read: " + e.getMessage());
            }
        }
        problems.throwIfErrors();
        return planned;
    }

    /**
     * Whether an article's text and the text the importer would write now have the same body: the same
     * copy imported before, whatever front matter either has (an editor adds topics, a second import
     * adds {@code --source}). Line ends and trailing spaces do not count.
     */
    static boolean sameText(String existing, String imported) {
        Optional<String> a = SourceReader.markdownBody("", existing);
        Optional<String> b = SourceReader.markdownBody("", imported);
        return a.isPresent() && b.isPresent() && normalised(a.get()).equals(normalised(b.get()));
    }

    /** An article's text; empty when it can not be decoded (the build reports that), which no copy's text equals. */
    private static String readable(String rel, Path file) throws IOException {
        try {
            return SourceText.decode(rel, Files.readAllBytes(file));
        } catch (BuildFailure e) {
            return "";
        }
    }

    /** A text with line ends and trailing spaces, which a copy or article saved again may differ in, made alike. */
    static String normalised(String body) {
        return body.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    /**
     * The date in front of an article's file name: the day, or for a month-only date
     * ({@code --date 1994-03}) the month, so that copy of that month sorts with it as the seeds do.
     */
    private static String datePrefix(Optional<NewsDate> when) {
        return when.map(d -> d.precision() == NewsDate.Precision.MONTH
                ? YearMonth.from(d.day()) + "-" : d.day() + "-").orElse("");
    }

    /**
     * A file given on the command line as messages name it: relative to the site folder when it is
     * inside, else as the user typed it ({@code ../shared/seeds/x.txt}), not as an absolute path.
     */
    private static String shown(Path root, Path file, String typed) {
        return isInside(file, root) ? SourceReader.relative(root, file) : typed.replace('\\', '/');
    }

    private static boolean isInside(Path file, Path folder) {
        return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }

    private Optional<NewsDate> parseDate() {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(NewsDate.parse(date, ZoneId.of("UTC")));
        } catch (DateTimeException e) {
            throw new BuildFailure(Problem.error("--date", 0, 0, "invalid date '" + date + "'",
                    "use 2013-07-01, 2013-07-01T10:30:00+06:00 or 1994-03"));
        }
    }

    /** The site's extra furniture patterns; importing works without a config too. */
    private List<String> furniture(Path root) {
        Path file = root.resolve(config);
        if (!Files.exists(file)) {
            return List.of();
        }
        Problems problems = new Problems(100);
        Optional<SiteConfig> site = ConfigReader.read(file, SourceReader.relative(root, file), problems);
        problems.throwIfErrors();
        return site.map(SiteConfig::importFurniture).orElse(List.of());
    }
}
