package gazette.content;

import java.util.List;

/**
 * Where an article's tags, people and places are written in its front matter: one position per name
 * the article keeps, in the same order, each with the name as its {@link Position#what}. Kept so that
 * a name another article spells differently but with the same URL name can be reported where it is
 * written, once every article has been read.
 *
 * @param tags   the positions of {@link Article#tags()}
 * @param people the positions of {@link Article#people()}
 * @param places the positions of {@link Article#places()}
 */
public record NamePositions(List<Position> tags, List<Position> people, List<Position> places) {
    public static final NamePositions NONE = new NamePositions(List.of(), List.of(), List.of());

    public NamePositions {
        tags = List.copyOf(tags);
        people = List.copyOf(people);
        places = List.copyOf(places);
    }

    /** The positions of one list: {@code tags}, {@code people} or {@code places}. */
    public List<Position> of(String kind) {
        return switch (kind) {
            case "tags" -> tags;
            case "people" -> people;
            case "places" -> places;
            default -> throw new IllegalArgumentException("no list of names called " + kind);
        };
    }
}
