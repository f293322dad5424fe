package gazette.content.rawcopy;

import java.util.List;
import java.util.Optional;

/** One block of the article body, written in the Markdown conventions the build understands. */
sealed interface BodyBlock {

    String markdown();

    /** A plain paragraph of the copy. */
    record Text(String text) implements BodyBlock {
        @Override
        public String markdown() {
            return MarkdownText.paragraph(text);
        }
    }

    /** A live update's {@code ##} heading, with its time as an emphasis-only paragraph right after it. */
    record UpdateHeading(String headline, Optional<String> time) implements BodyBlock {
        @Override
        public String markdown() {
            return "## " + MarkdownText.heading(headline) + time.map(t -> "\n\n*" + t + "*").orElse("");
        }
    }

    /** {@code Photo: TEXT Credit: NAME} or {@code Video: TEXT}: a caption whose picture the scrape lost. */
    record Caption(CopyPatterns.Caption caption) implements BodyBlock {
        @Override
        public String markdown() {
            StringBuilder out = new StringBuilder(caption.video() ? "Video:" : "Photo:");
            if (!caption.text().isEmpty()) {
                out.append(' ').append(MarkdownText.inline(caption.text()));
            }
            caption.credit().ifPresent(c -> out.append(" Credit: ").append(MarkdownText.inline(c)));
            return out.toString();
        }
    }

    /** A quotation whose last paragraph is its attribution, {@code – Name}. */
    record Quote(List<String> paragraphs, String attribution) implements BodyBlock {
        public Quote {
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public String markdown() {
            StringBuilder out = new StringBuilder();
            for (String p : paragraphs) {
                out.append("> ").append(MarkdownText.paragraph(p)).append("\n>\n");
            }
            return out.append("> – ").append(MarkdownText.inline(attribution)).toString();
        }
    }
}
