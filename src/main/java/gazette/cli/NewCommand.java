package gazette.cli;

import gazette.config.ConfigReader;
import gazette.config.SiteConfig;
import gazette.config.TopicId;
import gazette.content.PlainText;
import gazette.content.Slug;
import gazette.content.Placeholders;
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
import java.util.concurrent.Callable;

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
                    .orElseThrow(() -> new BuildFailure(problems.all(), problems.dropped()));
            for (String id : topics) {
                if (!TopicId.isValid(id.trim()) || site.topic(new TopicId(id.trim())).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown topic '" + id + "' (" + site.topicHint() + ")");
                }
            }
            // A line break or control character typed into the title (a paste, a stray keystroke) is a space.
            String headline = PlainText.collapse(title.codePoints().map(c -> ForbiddenCharacters.isForbidden(c) ? ' ' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()).trim();
            String slug = Slug.slugify(headline);
            if (slug.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the title has no letters or digits to make a URL name from");
            }
            ZonedDateTime now = ZonedDateTime.now(gazette.clock().withZone(site.zone())).truncatedTo(ChronoUnit.MINUTES);
            Path file = root.resolve(source).resolve(now.toLocalDate() + "-" + slug + ".md");
            String rel = SourceReader.relative(root, file);
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(file, text(headline, now), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                gazette.err().println(rel + ":1:1: already exists; not overwritten");
                return Gazette.CONTENT_ERROR;
            }
            gazette.out().println("Created " + rel);
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(gazette.err(), failure);
            return Gazette.CONTENT_ERROR;
        } catch (IOException e) {
            gazette.err().println(source + ":0:0: cannot write: " + e.getMessage());
            return Gazette.CONTENT_ERROR;
        }
    }

    private String text(String headline, ZonedDateTime now) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(MarkdownArticleWriter.quote(headline)).append('\n');
        out.append("date: ").append(now.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        if (live) {
            out.append("type: live\n");
        }
        if (!topics.isEmpty()) {
            out.append("topics: [").append(String.join(", ", topics.stream().map(String::trim).toList())).append("]\n");
        }
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
