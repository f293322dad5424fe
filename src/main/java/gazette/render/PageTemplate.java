package gazette.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The theme's templates a file is rendered from, one per kind of page (those they import or include
 * come with them). Naming them here, and only here, lets a build compile all of them on a thread of
 * its own before the first page needs one ({@link TemplateEngine#compile}).
 */
public enum PageTemplate {
    HOME("home.ftlh"),
    ARTICLE("article.ftlh"),
    TIMELINE("timeline.ftlh"),
    TOPICS("topics.ftlh"),
    TOPIC("topic.ftlh"),
    TAXONOMY("taxonomy.ftlh"),
    TERM("term.ftlh"),
    SEARCH("search.ftlh"),
    NOT_FOUND("404.ftlh"),
    FEED("feed.ftlx"),
    SITEMAP("sitemap.ftlx");

    private final String fileName;

    PageTemplate(String fileName) {
        this.fileName = fileName;
    }

    /** The template's file name in the site's templates folder and in the built-in theme. */
    public String fileName() {
        return fileName;
    }

    /** Every page template's file name. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (PageTemplate template : values()) {
            names.add(template.fileName);
        }
        return List.copyOf(names);
    }
}
