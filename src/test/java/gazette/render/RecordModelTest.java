package gazette.render;

import gazette.content.Html;
import gazette.diag.BuildFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates read view records by component name, each value wrapped as it would be on its own. */
class RecordModelTest {
    public record Inner(String text) {
    }

    public record View(String title, int count, boolean live, Inner inner, List<Inner> items, String absent, Html markup) {
    }

    private static final View VIEW = new View("A <b> & \"c\"", 3, true, new Inner("nested"),
            List.of(new Inner("one"), new Inner("two")), null, new Html("<em>kept</em>"));

    private static String render(Path folder, String template, Object view) throws IOException {
        Files.writeString(folder.resolve("probe.ftlh"), template);
        return new TemplateEngine(folder, "templates").render("probe.ftlh", Map.of("v", view));
    }

    @Test
    void componentsOfEveryKindReadAsTheirValues(@TempDir Path folder) throws IOException {
        assertEquals("A &lt;b&gt; &amp; &quot;c&quot;|3|4|yes|nested|one,two,|none|<em>kept</em>|true",
                render(folder, "${v.title}|${v.count}|${v.count + 1}|${v.live?then('yes', 'no')}|${v.inner.text}|"
                        + "<#list v.items as i>${i.text},</#list>|${v.absent!'none'}|${v.markup}|${v?has_content?c}", VIEW));
    }

    private record Hidden(String text) {
    }

    @Test
    void publicRecordsAreReadThroughTheirAccessorsAndOthersAreLeftToFreemarker() throws Exception {
        freemarker.template.DefaultObjectWrapper wrapper = new freemarker.template.DefaultObjectWrapper(
                freemarker.template.Configuration.VERSION_2_3_34);
        freemarker.template.TemplateHashModel model = (freemarker.template.TemplateHashModel) RecordModel.of(VIEW, wrapper)
                .orElseThrow();
        assertEquals("A <b> & \"c\"", ((freemarker.template.TemplateScalarModel) model.get("title")).getAsString());
        assertEquals(null, model.get("nope"));
        assertTrue(RecordModel.of(new Hidden("x"), wrapper).isEmpty(), "a private record's accessors are not public");
    }

    @Test
    void aComponentCanBeCalledAsTheAccessorItIs(@TempDir Path folder) throws IOException {
        assertEquals("A &lt;b&gt; &amp; &quot;c&quot; 3 nested", render(folder, "${v.title()} ${v.count()} ${v.inner().text()}", VIEW));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> render(folder, "${v.title(1)}", VIEW));
        assertTrue(failure.problems().get(0).toString().startsWith("templates/probe.ftlh:1:"), failure.problems().toString());
    }

    @Test
    void aNameThatIsNoComponentIsMissing(@TempDir Path folder) throws IOException {
        assertEquals("missing", render(folder, "<#if v.nope??>there<#else>missing</#if>", VIEW));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> render(folder, "\n${v.nope}", VIEW));
        String problem = failure.problems().get(0).toString();
        assertTrue(problem.startsWith("templates/probe.ftlh:2:") && problem.contains("v.nope"), problem);
    }
}
