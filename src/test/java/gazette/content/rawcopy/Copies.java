package gazette.content.rawcopy;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import gazette.source.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test helpers: fixture bytes, decode + read as the importer does, and the written file taken apart again. */
final class Copies {
    private Copies() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Copies.class.getResourceAsStream("/rawcopy/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes and reads a fixture the way {@code import} does, reporting it as {@code raw/NAME}. */
    static ImportedCopy read(String resource) {
        return read(resource, Furniture.defaults());
    }

    static ImportedCopy read(String resource, Furniture furniture) {
        String relPath = "raw/" + resource.substring(resource.lastIndexOf('/') + 1);
        return new RawCopyReader(furniture).read(relPath, SourceText.decode(relPath, bytes(resource)));
    }

    /** The written article split into its front matter (parsed as YAML) and its body. */
    record Written(Map<String, Object> frontMatter, String body) {
        /** The body rendered by plain CommonMark flexmark, as a jsoup document. */
        Document html() {
            Parser parser = Parser.builder().build();
            return Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(parser.parse(body)));
        }

        /** The words a reader sees on the page, spaces normalised. */
        String text() {
            return html().text();
        }
    }

    @SuppressWarnings("unchecked")
    static Written split(String markdownFile) {
        if (!markdownFile.startsWith("---\n")) {
            throw new AssertionError("no front matter: " + markdownFile);
        }
        int end = markdownFile.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new AssertionError("front matter not closed: " + markdownFile);
        }
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(markdownFile.substring(4, end + 1));
        return new Written((Map<String, Object>) yaml, markdownFile.substring(end + 5));
    }

    static Written write(ImportedCopy copy) {
        return split(MarkdownArticleWriter.write(copy, FrontMatterFields.none()));
    }
}
