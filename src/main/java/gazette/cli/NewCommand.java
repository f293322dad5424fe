package gazette.cli;

import gazette.config.ConfigReader;
import gazette.config.SiteConfig;
import gazette.config.TopicId;
import gazette.content.PlainText;
import gazette.content.Slug;
import gazette.content.Placeholders;
import gazette.content.TakenSlugs;
import gazette.content.rawcopy.MarkdownArticleWriter;
import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.source.SourceReader;
import gazette.text.ForbiddenCharacters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code gazette new}: a dated Markdown article with valid front matter, ready to write in. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a dated Markdown article in the source folder.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "The headline.")
    String title;

    @Option(names = "--topics", paramLabel = "IDS", split = ",", description = "Topic ids from gazette.yml, comma-separated.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--live", description = "Start a live blog, with one example update.")
    boolean live;

    @Option(names = "--slug", paramLabel = "NAME",
            description = "The URL name (lower-case letters, digits, hyphens); default: made from the title.")
    String slug;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "seeds", description = "Article folder (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yml", description = "Site configuration (default: ${DEFAULT-VALUE}).")
    String config;

    @Override
    public Integer call() {
        Path root = gazette.siteRoot();
        try {
            Problems problems = new Problems(100);
            Path configFile = root.resolve(config);
            SiteConfig site = ConfigReader.read(configFile, SourceReader.relative(root, configFile), problems)
                    .orElseThrow(problems::failure);
            for (String id : topics) {
                if (!TopicId.isValid(id.trim()) || site.topic(new TopicId(id.trim())).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown topic '" + id + "' (" + site.topicHint() + ")");
                }
            }
            // A line break or control character typed into the title (a paste, a stray keystroke) is a space.
            String headline = PlainText.collapse(title.codePoints().map(c -> ForbiddenCharacters.isForbidden(c) ? ' ' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()).trim();
            String wanted = wantedSlug(headline);
            ZonedDateTime now = ZonedDateTime.now(gazette.clock().withZone(site.zone())).truncatedTo(ChronoUnit.MINUTES);
            Path folder = root.resolve(source);
            String prefix = now.toLocalDate() + "-";
            Function<String, Optional<String>> fileInTheWay = s -> Optional.of(folder.resolve(prefix + s + ".md"))
                    .filter(Files::exists).map(f -> SourceReader.relative(root, f));
            TakenSlugs taken = TakenSlugs.in(root, folder);
            if (slug != null) {
                // A name the editor chose is used as given or refused, never numbered behind their back.
                Optional<String> owner = taken.owner(slug).or(() -> fileInTheWay.apply(slug));
                if (owner.isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--slug '" + slug + "' is taken by " + owner.get() + "; choose another");
                }
            }
            TakenSlugs.Choice choice = taken.free(wanted, fileInTheWay);
            Path file = folder.resolve(prefix + choice.slug() + ".md");
            String rel = SourceReader.relative(root, file);
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(file, text(headline, now, choice.slug(), file), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                gazette.err().println(rel + ":1:1: already exists; not overwritten");
                return Gazette.CONTENT_ERROR;
            }
            gazette.out().println("Created " + rel + choice.note() + ", a draft: serve --drafts shows it; delete its draft: true line to publish it");
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        } catch (IOException e) {
            gazette.err().println(source + ":0:0: cannot write: " + e.getMessage());
            return Gazette.CONTENT_ERROR;
        }
    }

    /**
     * The slug asked for with {@code --slug}, checked as the build checks a {@code slug:} key, or
     * the one the title gives. A title of emoji or punctuation alone gives none: {@code --slug} is
     * then the way past.
     */
    private String wantedSlug(String headline) {
        if (slug != null) {
            if (Slug.isValid(slug) && Slug.utf8Length(slug) <= Slug.MAX_BYTES) {
                return slug;
            }
            String suggestion = Slug.slugify(slug);
            throw new CommandLine.ParameterException(spec.commandLine(), (Slug.isValid(slug)
                    ? "--slug '" + slug + "' is longer than " + Slug.MAX_BYTES + " bytes, more than a URL name may be"
                    : "--slug '" + slug + "' must be lower-case letters, digits and single hyphens")
                    + " (for example " + (suggestion.isEmpty() ? "cameron-visit" : suggestion) + ")");
        }
        if (headline.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the title is empty: give the headline, new \"Title\"");
        }
        String fromTitle = Slug.slugify(headline);
        if (fromTitle.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the title has no letters or digits to make a URL name from; give one with --slug NAME");
        }
        return fromTitle;
    }

    private String text(String headline, ZonedDateTime now, String articleSlug, Path file) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(MarkdownArticleWriter.quote(headline)).append('\n');
        out.append("date: ").append(now.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        if (!Slug.fromFileName(file.getFileName().toString()).equals(articleSlug)) {
            // The file name would give another slug (one that itself starts with a date): say which.
            out.append("slug: ").append(articleSlug).append('\n');
        }
        if (live) {
            out.append("type: live\n");
        }
        if (!topics.isEmpty()) {
            out.append("topics: [").append(String.join(", ", topics.stream().map(String::trim).toList())).append("]\n");
        }
        // A draft until the editor says otherwise, as Hugo's new content is: the placeholder text below
        // was published by the next build, home page and feeds included, with only a warning.
        out.append("draft: true\n");
        out.append("---\n\n");
        if (live) {
            out.append(Placeholders.LIVE_INTRO).append("\n\n")
                    .append("## First update\n\n")
                    .append('*').append(now.format(DateTimeFormatter.ofPattern("HH:mm"))).append("*\n\n")
                    .append(Placeholders.LIVE_UPDATE).append('\n');
        } else {
            out.append(Placeholders.ARTICLE).append('\n');
        }
        return out.toString();
    }
}
