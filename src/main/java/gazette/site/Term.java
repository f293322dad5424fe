package gazette.site;

import gazette.content.Article;

import java.util.List;

/**
 * One value of a free list (a tag, a person, a place) and the articles that name it.
 *
 * @param slug     its URL name
 * @param name     how it is written
 * @param articles newest first
 */
public record Term(String slug, String name, List<Article> articles) {
    public Term {
        articles = List.copyOf(articles);
    }
}
