package gazette.site;

import java.util.List;

/**
 * One free list across the site.
 *
 * @param kind     {@code tags}, {@code people} or {@code places}: the front-matter key and URL folder
 * @param title    its heading, "Tags"
 * @param singular one of it, "tag"
 * @param terms    in alphabetical order
 */
public record Taxonomy(String kind, String title, String singular, List<Term> terms) {
    public Taxonomy {
        terms = List.copyOf(terms);
    }
}
